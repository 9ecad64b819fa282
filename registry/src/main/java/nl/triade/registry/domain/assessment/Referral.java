package nl.triade.registry.domain.assessment;

import java.time.Instant;

/**
 * The Register's referral of a submission to the minister (Toetsingskader 3.0, criterion 7: the
 * financial consequences may lead the minister to refuse it). The minister's answer is recorded
 * afterwards by the Register as its decision.
 */
public record Referral(String reason, String referredBy, String organisation, Instant referredAt) {
}
