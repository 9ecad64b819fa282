package nl.triade.registry.domain.notification;

import java.time.Duration;

/** A channel's answer to one delivery attempt; {@code retryAfter} may be null. */
public record NotifyResult(Outcome outcome, String reason, Duration retryAfter) {

    public enum Outcome {
        DELIVERED, PERMANENT_FAILURE, RETRY
    }

    public static NotifyResult retry(String reason) {
        return new NotifyResult(Outcome.RETRY, reason, null);
    }
}
