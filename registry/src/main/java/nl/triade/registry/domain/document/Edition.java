package nl.triade.registry.domain.document;

import java.time.Instant;

/** Version {@code version} of a document as the Register accepted it: which revision, with which hash, under which reference. */
public record Edition(String documentId, int version, int revision, String contentHash, String submissionId,
                      String registerReference, Instant registeredAt) {
}
