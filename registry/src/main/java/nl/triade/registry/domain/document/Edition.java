package nl.triade.registry.domain.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Version {@code version} of a document as the Register accepted it: which revision, with which
 * hash, under which reference; and where it stands now ({@code statusChangedAt} null while it is
 * in force as registered). {@code reviewDue} is the day after which it expires (see
 * {@link ReviewDate}); null when its content names none.
 */
public record Edition(String documentId, int version, int revision, String contentHash, String submissionId,
                      String registerReference, Instant registeredAt, EditionStatus status, Instant statusChangedAt,
                      String withdrawalReason, LocalDate reviewDue) {

    /** A new edition, in force from {@code registeredAt}, with the review date its {@code fields} give it. */
    public static Edition registered(String documentId, int version, int revision, String contentHash, String submissionId,
                                     String registerReference, Instant registeredAt, DocumentFields fields) {
        return new Edition(documentId, version, revision, contentHash, submissionId, registerReference, registeredAt,
                EditionStatus.IN_FORCE, null, null, ReviewDate.of(fields, registeredAt));
    }
}
