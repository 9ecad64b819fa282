package nl.triade.registry.domain.document;

import nl.triade.registry.domain.Store;

/**
 * Where the Register's acceptance of a revision becomes an edition, in the transaction that records
 * the verdict: the new edition is in force, and the document's earlier one is superseded by it.
 */
public final class EditionLedger {
    private EditionLedger() {
    }

    /** Records {@code edition} of a revision whose content has {@code fields}; its tijdpaden are kept with it. */
    public static void record(Store store, Edition edition, DocumentFields fields) {
        store.editions().supersedeBefore(edition.documentId(), edition.version(), edition.registeredAt());
        store.editions().insert(edition, fields.timelines());
    }
}
