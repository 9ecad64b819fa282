package nl.triade.registry.domain.submission;

import java.time.Duration;

/** What one delivery attempt came to, as the submitter port reports it. */
public record DeliveryResult(Outcome outcome, String reference, String receipt, String reason, Duration retryAfter) {

    /** Delivered, failed for good, or to be tried again. */
    public enum Outcome {
        DELIVERED, PERMANENT_FAILURE, RETRY
    }

    public static DeliveryResult retry(String reason) {
        return new DeliveryResult(Outcome.RETRY, null, null, reason, null);
    }
}
