package nl.triade.spi;

import java.time.Instant;

/**
 * One organisation's authorisation decision, as included in a submission package.
 *
 * @param organisation the deciding organisation's slug
 * @param decision     {@code approve} or {@code reject}
 * @param motivation   the motivation, or null
 * @param revision     the frozen revision decided on
 * @param contentHash  the frozen content hash decided on
 * @param at           when
 */
public record ApprovalSnapshot(String organisation, String decision, String motivation, int revision, String contentHash,
                               Instant at) {
}
