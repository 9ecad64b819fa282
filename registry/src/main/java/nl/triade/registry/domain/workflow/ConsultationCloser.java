package nl.triade.registry.domain.workflow;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.document.Change;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentChanges;
import nl.triade.registry.domain.document.DocumentLookup;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.Workflow;

/**
 * Closes every consultation whose {@code closesAt} has passed, whether or not anyone is online,
 * the way an org-admin's {@code close-consultation} does: back to draft, a new revision and an
 * event, here {@link EventType#CONSULTATION_EXPIRED} done by Triade itself. Each close is its own
 * transaction that looks at the document again, so a manual close that got there first leaves
 * nothing to do, and a consultation closes once. Run at start and then every poll interval, so a
 * deadline that passed while the server was down is met at the next start.
 */
public final class ConsultationCloser {
    /** At most this many consultations per round, so one round stays short; the next round takes the rest. */
    private static final int BATCH = 50;
    /** The note on the revision of a consultation that closed by itself at its closing moment. */
    public static final String NOTE = "consultation-expired";
    private final Transactions transactions;
    private final DocumentChanges changes;
    private final TimeSource time;

    public ConsultationCloser(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.transactions = transactions;
        this.changes = new DocumentChanges(transactions, audit, time);
        this.time = time;
    }

    /** Closes the consultations due now, earliest deadline first; returns how many it closed. */
    public int runOnce() {
        List<String> due = transactions.read(store -> DocumentLookup.consultationsClosingBy(store, time.now(), BATCH));
        int closed = 0;
        for (String id : due) {
            if (changes.applyAsTriade(id, NOTE, (store, current) -> close(current, time.now()))) {
                closed++;
            }
        }
        return closed;
    }

    /** Closes {@code current} if it is still a consultation past its deadline; otherwise changes nothing. */
    private static Change<Boolean> close(Document current, Instant now) {
        if (current.status() != DocumentStatus.CONSULTATION || !current.workflow().consultationClosedAt(now)) {
            return Change.none(false);
        }
        DocumentStatus target = Lifecycle.target(current.status(), TransitionAction.CLOSE_CONSULTATION);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", current.status());
        data.put("to", target);
        data.put("closesAt", current.workflow().consultationClosesAt());
        return Change.ofStatus(target, current.version(), Workflow.NONE, EventType.CONSULTATION_EXPIRED, data, document -> true);
    }
}
