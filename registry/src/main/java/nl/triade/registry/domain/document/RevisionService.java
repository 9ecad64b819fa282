package nl.triade.registry.domain.document;

import java.util.List;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.WorkSlots;
import nl.triade.registry.domain.actor.Caller;

/**
 * Reading a document's history: its revisions, any snapshot, and the difference between two.
 * The history holds every draft, so it is for the document's participants and administrators
 * only. A diff loads both snapshots in a short read transaction and compares them after the
 * connection is given back, in one of the few {@link WorkSlots} for expensive work, so diffs
 * never hold the connections that every other request needs.
 */
public final class RevisionService {
    private final Transactions transactions;
    private final DiffLimits limits;
    private final WorkSlots slots;

    public RevisionService(Transactions transactions, DiffLimits limits, WorkSlots slots) {
        this.transactions = transactions;
        this.limits = limits;
        this.slots = slots;
    }

    /** A diff between {@code revision} and {@code against}. */
    public record Diff(int revision, int against, List<ContentChange> changes) {
    }

    public Page<Revision> list(Caller caller, String id, PageRequest page) {
        return transactions.read(store -> {
            DocumentLookup.forInsider(store, caller, id, "revisions");
            return store.documents().revisions(id, page);
        });
    }

    public RevisionSnapshot get(Caller caller, String id, int number) {
        return transactions.read(store -> {
            DocumentLookup.forInsider(store, caller, id, "revisions");
            return snapshot(store.documents(), id, number);
        });
    }

    /** {@code against} null means the revision before. */
    public Diff diff(Caller caller, String id, int number, Integer against) {
        int base = against == null ? number - 1 : against;
        List<DocumentContent> compared = transactions.read(store -> {
            DocumentLookup.forInsider(store, caller, id, "revisions");
            DocumentContent after = snapshot(store.documents(), id, number).content();
            DocumentContent before = base == 0 ? empty(after.kind()) : snapshot(store.documents(), id, base).content();
            return List.of(before, after);
        });
        List<ContentChange> changes = RevisionDiff.changes(compared.get(0), compared.get(1), limits);
        return slots.run(() -> new Diff(number, base, RevisionDiff.withTextDiffs(changes)));
    }

    /**
     * The word diff of two versions of one text, such as a section's current body and a person's own
     * edit of it made on an older one: held to the same {@link DiffLimits} per text as a revision diff
     * and run in one of the same {@link WorkSlots}. {@code field} names the text in a refusal.
     */
    public List<DiffPiece> words(String field, String before, String after) {
        limits.check(List.of(new DiffLimits.ComparedText(field, before, after, false)));
        return slots.run(() -> TextDiff.words(before, after));
    }

    private static DocumentContent empty(DocumentKind kind) {
        return new DocumentContent(kind, new DocumentFields(null, null, null, null, null, List.of(), null, null, null, null),
                List.of(), List.of(), List.of(), List.of());
    }

    private static RevisionSnapshot snapshot(DocumentRepository documents, String id, int number) {
        return documents.revision(id, number).orElseThrow(() -> new NotFoundException("revision", id + "/" + number));
    }
}
