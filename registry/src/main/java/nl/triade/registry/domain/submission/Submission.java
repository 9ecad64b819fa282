package nl.triade.registry.domain.submission;

import java.time.Instant;

/**
 * One hand-over of a final document to the Register through a channel (a submitter plugin). The
 * package is the frozen revision, the decisions on it and the audit chain up to {@code eventSeq},
 * so every attempt offers exactly the same package under the same id.
 */
public record Submission(String id, String documentId, int revision, String contentHash, long eventSeq, String channel,
                         SubmissionState state, int attempts, Instant nextAttemptAt, String registerReference,
                         String receipt, String lastError, Instant createdAt, Instant updatedAt) {

    Submission attempted(SubmissionState newState, Instant next, String reference, String newReceipt, String error, Instant at) {
        return new Submission(id, documentId, revision, contentHash, eventSeq, channel, newState, attempts + 1, next,
                reference, newReceipt, error, createdAt, at);
    }

    Submission decided(SubmissionState newState, String reference, Instant at) {
        return new Submission(id, documentId, revision, contentHash, eventSeq, channel, newState, attempts, null,
                reference == null ? registerReference : reference, receipt, lastError, createdAt, at);
    }
}
