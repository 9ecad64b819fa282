package nl.triade.registry.domain.validation;

import java.time.Instant;
import java.util.Optional;

/** Stored validation reports; only the latest per document is read, now or as it stood at a moment. */
public interface ValidationRepository {
    void insert(ValidationReport report);

    Optional<ValidationReport> latest(String documentId);

    /** The latest report made at or before {@code at}: what a reader saw then, whatever was run since. */
    Optional<ValidationReport> latestAsOf(String documentId, Instant at);
}
