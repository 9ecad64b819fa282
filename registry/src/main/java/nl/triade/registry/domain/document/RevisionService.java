package nl.triade.registry.domain.document;

import java.util.List;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.account.Caller;

/** Reading a document's history: its revisions, any snapshot, and the difference between two. Readers of the document may read its history. */
public final class RevisionService {
    private final Transactions transactions;

    public RevisionService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** A diff between {@code revision} and {@code against}. */
    public record Diff(int revision, int against, List<ContentChange> changes) {
    }

    public Page<Revision> list(Caller caller, String id, PageRequest page) {
        return transactions.read(store -> {
            requireReadable(caller, store.documents(), id);
            return store.documents().revisions(id, page);
        });
    }

    public RevisionSnapshot get(Caller caller, String id, int number) {
        return transactions.read(store -> {
            requireReadable(caller, store.documents(), id);
            return snapshot(store.documents(), id, number);
        });
    }

    /** {@code against} null means the revision before. */
    public Diff diff(Caller caller, String id, int number, Integer against) {
        int base = against == null ? number - 1 : against;
        return transactions.read(store -> {
            requireReadable(caller, store.documents(), id);
            RevisionSnapshot after = snapshot(store.documents(), id, number);
            if (base == 0) {
                DocumentContent empty = new DocumentContent(after.content().kind(), new DocumentFields(null, null, null, null,
                        null, List.of(), null, null, null, null), List.of(), List.of(), List.of(), List.of());
                return new Diff(number, 0, RevisionDiff.between(empty, after.content()));
            }
            RevisionSnapshot before = snapshot(store.documents(), id, base);
            return new Diff(number, base, RevisionDiff.between(before.content(), after.content()));
        });
    }

    private static void requireReadable(Caller caller, DocumentRepository documents, String id) {
        Document document = documents.find(id).orElseThrow(() -> DocumentAccess.notVisible(caller, id));
        DocumentAccess.requireRead(caller, document);
    }

    private static RevisionSnapshot snapshot(DocumentRepository documents, String id, int number) {
        return documents.revision(id, number).orElseThrow(() -> new NotFoundException("revision", id + "/" + number));
    }
}
