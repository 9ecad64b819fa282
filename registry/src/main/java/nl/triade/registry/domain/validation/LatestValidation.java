package nl.triade.registry.domain.validation;

import java.util.Optional;
import nl.triade.registry.domain.Store;

/** The newest validation report of a document, whichever revision it was made for. */
public final class LatestValidation {
    private LatestValidation() {
    }

    public static Optional<ValidationReport> of(Store store, String documentId) {
        return store.validations().latest(documentId);
    }
}
