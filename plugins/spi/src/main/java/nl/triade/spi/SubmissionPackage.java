package nl.triade.spi;

import java.util.List;
import java.util.Objects;

/**
 * Everything the Register receives for one submission: the frozen content, its hash, every
 * authorisation decision and the document's excerpt of the audit chain.
 *
 * @param submissionId the idempotency key: the same submission is always offered with the same id
 * @param document     the frozen content
 * @param contentHash  SHA-256 of the canonical JSON of the content
 * @param contentJson  the content as the canonical JSON that {@code contentHash} covers
 * @param approvals    the decisions of the final round
 * @param events       the document's audit events, in chain order
 */
public record SubmissionPackage(String submissionId, DocumentSnapshot document, String contentHash, String contentJson,
                                List<ApprovalSnapshot> approvals, List<EventSnapshot> events) {

    public SubmissionPackage {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(document, "document");
        approvals = List.copyOf(approvals);
        events = List.copyOf(events);
    }
}
