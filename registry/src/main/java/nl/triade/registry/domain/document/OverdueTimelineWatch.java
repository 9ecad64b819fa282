package nl.triade.registry.domain.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;

/**
 * Records a {@code timeline.overdue} event for each tijdpad of a registered document once its due
 * date has passed, whether or not anyone reads the document. Run in the background on the
 * injected clock: reporting lazily on read would date the event by the first reader, and leave a
 * document nobody opens unreported. The ledger is written with the event, so each tijdpad is
 * reported once, also across restarts.
 */
public final class OverdueTimelineWatch {
    private static final int PAGE = PageRequest.MAX_LIMIT;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;

    public OverdueTimelineWatch(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
    }

    /** One round: reports what became overdue since the last; returns how many tijdpaden it reported. */
    public int runOnce() {
        LocalDate today = time.today();
        int reported = 0;
        for (String id : overdueDocuments(today)) {
            if (!transactions.read(store -> hasUnreported(store, id, today))) {
                continue;
            }
            reported += transactions.write(store -> {
                Document document = store.documents().find(id).orElseThrow();
                int noted = 0;
                for (Timeline timeline : document.overdueTimelines(today)) {
                    if (store.overdueTimelines().note(id, document.version(), timeline)) {
                        Map<String, Object> data = new LinkedHashMap<>();
                        data.put("version", document.version());
                        data.put("deliverable", timeline.deliverable());
                        data.put("dueDate", timeline.dueDate().toString());
                        audit.record(store, null, null, EventType.TIMELINE_OVERDUE, id, data);
                        noted++;
                    }
                }
                return noted;
            });
        }
        return reported;
    }

    /**
     * Whether the document has an overdue tijdpad not reported yet. Asked in a read first, so that a
     * round over documents reported long ago takes no turn at the one writer each time.
     */
    private static boolean hasUnreported(Store store, String id, LocalDate today) {
        return store.documents().find(id).map(document -> document.overdueTimelines(today).stream()
                .anyMatch(timeline -> !store.overdueTimelines().noted(id, document.version(), timeline))).orElse(false);
    }

    /** Every registered document with a tijdpad due before {@code today}, page by page, in short reads. */
    private List<String> overdueDocuments(LocalDate today) {
        DocumentQuery query = new DocumentQuery(null, null, null, null, null, Overdue.TIJDPAD, today, null, true);
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            PageRequest page = new PageRequest(PAGE, cursor);
            Page<DocumentSummary> found = transactions.read(store -> store.documents().list(query, page));
            found.items().forEach(summary -> ids.add(summary.id()));
            cursor = found.next();
        } while (cursor != null);
        return ids;
    }
}
