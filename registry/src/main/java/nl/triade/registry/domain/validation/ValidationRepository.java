package nl.triade.registry.domain.validation;

import java.util.Optional;

/** Stored validation reports; only the latest per document is read. */
public interface ValidationRepository {
    void insert(ValidationReport report);

    Optional<ValidationReport> latest(String documentId);
}
