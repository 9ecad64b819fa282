package nl.triade.registry.domain.document;

import java.util.List;
import nl.triade.registry.domain.Store;

/**
 * The registered editions as other features see them, and where the Register's acceptance of a
 * revision becomes an edition, in the transaction that records the verdict: the new edition is in
 * force, and the document's earlier one is superseded by it.
 */
public final class EditionLedger {
    private EditionLedger() {
    }

    /** A document's registered editions, oldest first, whatever each one's status now. */
    public static List<Edition> of(Store store, String documentId) {
        return store.editions().of(documentId);
    }

    /** Records {@code edition} of a revision whose content has {@code fields}; its tijdpaden are kept with it. */
    public static void record(Store store, Edition edition, DocumentFields fields) {
        store.editions().supersedeBefore(edition.documentId(), edition.version(), edition.registeredAt());
        store.editions().insert(edition, fields.timelines());
    }
}
