package nl.triade.registry.domain.authorisation;

import java.time.Instant;

/** One organisation's decision, bound to exactly the revision and content hash that were frozen for authorisation. */
public record Approval(String organisation, Decision decision, String motivation, int revision, String contentHash,
                       String decidedBy, Instant decidedAt) {
}
