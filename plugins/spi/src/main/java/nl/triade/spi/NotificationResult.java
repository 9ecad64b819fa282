package nl.triade.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link Notifier} reports about one delivery attempt.
 *
 * @param outcome    what happened
 * @param reason     why it failed, when it did (shown to the subscribing organisation: no secrets)
 * @param retryAfter how long to wait before the next attempt, for {@code RETRY}; null lets the host choose
 * @since SPI 1.8.0
 */
public record NotificationResult(Outcome outcome, String reason, Duration retryAfter) {

    /** Delivered; failed for good (the host goes on with the subscription's next delivery); failed for now. */
    public enum Outcome {
        DELIVERED, PERMANENT_FAILURE, RETRY
    }

    public NotificationResult {
        Objects.requireNonNull(outcome, "outcome");
    }

    public static NotificationResult delivered() {
        return new NotificationResult(Outcome.DELIVERED, null, null);
    }

    public static NotificationResult refused(String reason) {
        return new NotificationResult(Outcome.PERMANENT_FAILURE, reason, null);
    }

    public static NotificationResult retryLater(String reason, Duration after) {
        return new NotificationResult(Outcome.RETRY, reason, after);
    }
}
