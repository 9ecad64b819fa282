package nl.triade.registry.domain.workflow;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.document.Change;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentChanges;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.Workflow;

/**
 * Lets other parts of the domain (authorisation, later submission) move a document's status as
 * a consequence of their own change, in the same transaction and through the same pipeline as
 * every other document change.
 */
public final class LifecycleSteps {
    private final DocumentChanges changes;

    public LifecycleSteps(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.changes = new DocumentChanges(transactions, audit, time);
    }

    /** The outcome of some work on a document: the status it leads to (null: none), and the work's own result. */
    public record Step<R>(DocumentStatus target, R result) {
    }

    public <R> R apply(Caller caller, String id, BiConsumer<Caller, Document> access,
                       BiFunction<Store, Document, Step<R>> work) {
        return changes.apply(caller, id, null, access, (store, current) -> {
            Step<R> step = work.apply(store, current);
            if (step.target() == null) {
                return Change.none(step.result());
            }
            Workflow workflow = step.target() == DocumentStatus.DRAFT ? Workflow.NONE : current.workflow();
            return Change.ofStatus(step.target(), current.version(), workflow, eventOf(step.target()),
                    Map.of("from", current.status(), "to", step.target()), document -> step.result());
        });
    }

    /** The event of a status a decision or the Register leads to, named after that status (EventType's second scheme). */
    static EventType eventOf(DocumentStatus reached) {
        return switch (reached) {
            case DRAFT -> EventType.DOCUMENT_DRAFT;
            case FINAL -> EventType.DOCUMENT_FINAL;
            case SUBMITTED -> EventType.DOCUMENT_SUBMITTED;
            case REGISTERED -> EventType.DOCUMENT_REGISTERED;
            case REJECTED -> EventType.DOCUMENT_REJECTED;
            case CONSULTATION, AUTHORISATION, WITHDRAWN ->
                    throw new IllegalArgumentException("only a transition action leads to " + reached);
        };
    }
}
