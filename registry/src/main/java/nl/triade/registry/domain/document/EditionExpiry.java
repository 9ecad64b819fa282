package nl.triade.registry.domain.document;

import java.time.Instant;
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
 * Expires each registered edition in force once its review date has passed, with an
 * {@code edition.expired} event done by the registry itself, whether or not anyone reads it. Run
 * in the background on the injected clock; the status is written with the event, so each edition
 * expires once, also across restarts. Editions registered before review dates were stored get
 * theirs read from their content first, a batch per round.
 */
public final class EditionExpiry {
    private static final int BATCH = PageRequest.MAX_LIMIT;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;

    public EditionExpiry(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
    }

    /** One round; returns how many editions it expired. */
    public int runOnce() {
        readReviewDates();
        LocalDate today = time.today();
        int expired = 0;
        for (Edition due : transactions.read(store -> store.editions().dueForExpiry(today, BATCH))) {
            expired += transactions.write(store -> {
                Instant now = time.now();
                if (!store.editions().move(due.documentId(), due.version(), List.of(EditionStatus.IN_FORCE), EditionStatus.EXPIRED,
                        null, now)) {
                    return 0;
                }
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("version", due.version());
                data.put("reviewDue", due.reviewDue().toString());
                audit.record(store, null, null, EventType.EDITION_EXPIRED, due.documentId(), data);
                return 1;
            });
        }
        return expired;
    }

    /** Read in a read transaction, so a round with nothing to read takes no turn at the one writer. */
    private void readReviewDates() {
        Map<Edition, LocalDate> read = transactions.read(store -> {
            Map<Edition, LocalDate> dates = new LinkedHashMap<>();
            for (Edition edition : store.editions().withReviewDateUnread(BATCH)) {
                RevisionSnapshot registered = store.documents().revision(edition.documentId(), edition.revision())
                        .orElseThrow(() -> new IllegalStateException("edition " + edition.documentId() + "/" + edition.version()
                                + " names a missing revision"));
                dates.put(edition, ReviewDate.of(registered.content().fields(), edition.registeredAt()));
            }
            return dates;
        });
        if (!read.isEmpty()) {
            transactions.write(store -> {
                read.forEach((edition, reviewDue) -> store.editions().setReviewDue(edition.documentId(), edition.version(), reviewDue));
                return read.size();
            });
        }
    }
}
