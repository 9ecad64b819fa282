package nl.triade.registry.domain.review;

import nl.triade.registry.domain.Store;

/** The comments of a document that still await the authors' answer: the gate before authorisation. */
public final class OpenComments {
    private OpenComments() {
    }

    public static int count(Store store, String documentId) {
        return store.comments().countOpen(documentId);
    }
}
