package nl.triade.registry.domain.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;

/**
 * Records a {@code timeline.overdue} event for each tijdpad of a registered edition in force (or
 * expired) once its due date has passed, whether or not anyone reads the document, and also while
 * the document's next version is drafted: the edition is what the Register holds. Run in the
 * background on the injected clock: reporting lazily on read would date the event by the first
 * reader, and leave a document nobody opens unreported. The ledger is written with the event, so
 * each tijdpad is reported once, also across restarts.
 */
public final class OverdueTimelineWatch {
    private static final int BATCH = PageRequest.MAX_LIMIT;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;

    public OverdueTimelineWatch(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
    }

    /**
     * One round: reports what became overdue since the last; returns how many tijdpaden it reported.
     * Each batch is found in a read first, so that a round with nothing new takes no turn at the one
     * writer.
     */
    public int runOnce() {
        LocalDate today = time.today();
        int reported = 0;
        List<EditionTimeline> due;
        do {
            due = transactions.read(store -> store.editions().overdueUnreported(today, BATCH));
            if (due.isEmpty()) {
                break;
            }
            List<EditionTimeline> batch = due;
            reported += transactions.write(store -> {
                int noted = 0;
                for (EditionTimeline overdue : batch) {
                    if (store.overdueTimelines().note(overdue.documentId(), overdue.version(), overdue.timeline())) {
                        audit.record(store, null, null, EventType.TIMELINE_OVERDUE, overdue.documentId(), data(overdue));
                        noted++;
                    }
                }
                return noted;
            });
        } while (due.size() == BATCH);
        return reported;
    }

    private static Map<String, Object> data(EditionTimeline overdue) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", overdue.version());
        data.put("deliverable", overdue.timeline().deliverable());
        data.put("dueDate", overdue.timeline().dueDate().toString());
        return data;
    }
}
