package nl.triade.registry.domain.validation;

import java.time.Instant;
import java.util.Optional;
import nl.triade.registry.domain.Store;

/** The newest validation report of a document, whichever revision it was made for: now, or at a moment. */
public final class LatestValidation {
    private LatestValidation() {
    }

    public static Optional<ValidationReport> of(Store store, String documentId) {
        return store.validations().latest(documentId);
    }

    /** The newest report as it stood at {@code at}: reports made since do not count. */
    public static Optional<ValidationReport> asOf(Store store, String documentId, Instant at) {
        return store.validations().latestAsOf(documentId, at);
    }
}
