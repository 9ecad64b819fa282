package nl.triade.registry.domain.document;

import java.util.List;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.actor.Caller;

/**
 * Reading registered editions. They are public like the Register itself, whatever the document's
 * current state: a standard being revised stays readable in the edition that is in force. A document
 * without editions is visible only to those who may read the document.
 */
public final class EditionService {
    private final Transactions transactions;

    public EditionService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** An edition with the content that was registered. */
    public record EditionContent(Edition edition, RevisionSnapshot snapshot) {
    }

    public List<Edition> list(Caller caller, String documentId) {
        return transactions.read(store -> editions(store, caller, documentId));
    }

    public EditionContent get(Caller caller, String documentId, int version) {
        return transactions.read(store -> {
            Edition edition = editions(store, caller, documentId).stream().filter(candidate -> candidate.version() == version)
                    .findFirst().orElseThrow(() -> new NotFoundException("edition", documentId + "/" + version));
            RevisionSnapshot snapshot = store.documents().revision(documentId, edition.revision())
                    .orElseThrow(() -> new IllegalStateException("edition " + documentId + "/" + version + " names a missing revision"));
            return new EditionContent(edition, snapshot);
        });
    }

    /** A document's editions; when it has none, only its readers may learn that. */
    private static List<Edition> editions(Store store, Caller caller, String documentId) {
        List<Edition> editions = store.editions().of(documentId);
        if (editions.isEmpty()) {
            requireReadable(store, caller, documentId);
        }
        return editions;
    }

    private static void requireReadable(Store store, Caller caller, String documentId) {
        DocumentLookup.readable(store, caller, documentId);
    }
}
