package nl.triade.registry.domain.document;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import nl.triade.registry.domain.PreconditionFailedException;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.TextAttestations;

/**
 * The one path every change to a document takes, in one transaction: load, check the caller may
 * do it, let the change check its precondition and rules, then store the next revision, its
 * snapshot and its audit event together. A change that leaves the document as it was writes nothing.
 */
public final class DocumentChanges {
    /** The author and organisation of a revision Triade made by itself. */
    public static final String TRIADE = "triade";
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;

    public DocumentChanges(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
    }

    /** A content edit: members of author organisations, in draft. */
    <R> R apply(Caller caller, String id, String note, BiFunction<Store, Document, Change<R>> edit) {
        return apply(caller, id, note, DocumentAccess::requireEdit, edit);
    }

    /** A change with its own access rule: the workflow's status moves, which org-admins steer. */
    public <R> R apply(Caller caller, String id, String note, BiConsumer<Caller, Document> access,
                BiFunction<Store, Document, Change<R>> edit) {
        return apply(caller, caller.accountId(), caller.organisation(), id, note, access, edit);
    }

    /**
     * A change Triade makes by itself, for no caller (a consultation closing at its deadline): the
     * event has no actor, and the revision names {@link #TRIADE} as author and organisation, since a
     * revision always names who made it.
     */
    public <R> R applyAsTriade(String id, String note, BiFunction<Store, Document, Change<R>> edit) {
        return apply(null, TRIADE, TRIADE, id, note, (caller, document) -> { }, edit);
    }

    private <R> R apply(Caller caller, String author, String organisation, String id, String note,
                        BiConsumer<Caller, Document> access, BiFunction<Store, Document, Change<R>> edit) {
        return transactions.write(store -> {
            Document current = DocumentLookup.existing(store, id);
            access.accept(caller, current);
            Change<R> change = edit.apply(store, current);
            Instant now = time.now();
            Document next = change.next().apply(current, now);
            if (next == current) {
                return change.result().apply(current);
            }
            if (!store.documents().update(current, next)) {
                throw new PreconditionFailedException("the document changed while this change was being made", null);
            }
            store.documents().insertRevision(id, new Revision(next.revision(), next.contentHash(), author,
                    organisation, now, note), next.content());
            Map<String, Object> data = new LinkedHashMap<>(change.data());
            data.put("revision", next.revision());
            data.put("contentHash", next.contentHash());
            if (note != null) {
                data.put(TextAttestations.NOTE_DIGEST, TextAttestations.sha256(note));
            }
            audit.record(store, caller, change.eventType(), id, data);
            return change.result().apply(next);
        });
    }
}
