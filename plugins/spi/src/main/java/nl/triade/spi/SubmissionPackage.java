package nl.triade.spi;

import java.util.List;
import java.util.Objects;

/**
 * Everything the Register receives for one submission: the frozen content, its hash, every
 * authorisation decision, the document's excerpt of the audit chain and, since SPI 1.7.0, the
 * signed evidence pack made of them.
 *
 * @param submissionId the idempotency key: the same submission is always offered with the same id
 * @param document     the frozen content
 * @param contentHash  SHA-256 of the canonical JSON of the content
 * @param contentJson  the content as the canonical JSON that {@code contentHash} covers
 * @param approvals    the decisions of the final round
 * @param events       the document's audit events, in chain order
 * @param evidence     the evidence pack's files in manifest order, ending in {@code manifest.txt} and
 *                     {@code manifest.sig} (the registry's Ed25519 signature over it, Base64); a
 *                     submitter delivers them byte for byte, under these names (README "Evidence
 *                     pack" documents each file). Empty only from a host before 1.7.0.
 */
public record SubmissionPackage(String submissionId, DocumentSnapshot document, String contentHash, String contentJson,
                                List<ApprovalSnapshot> approvals, List<EventSnapshot> events, List<PackageFile> evidence) {

    public SubmissionPackage {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(document, "document");
        approvals = List.copyOf(approvals);
        events = List.copyOf(events);
        evidence = List.copyOf(evidence);
    }

    /**
     * A package without an evidence pack, as hosts before SPI 1.7.0 made it.
     *
     * @deprecated the host hands every package its evidence pack; use the canonical constructor
     */
    @Deprecated(since = "1.7.0")
    public SubmissionPackage(String submissionId, DocumentSnapshot document, String contentHash, String contentJson,
                             List<ApprovalSnapshot> approvals, List<EventSnapshot> events) {
        this(submissionId, document, contentHash, contentJson, approvals, events, List.of());
    }
}
