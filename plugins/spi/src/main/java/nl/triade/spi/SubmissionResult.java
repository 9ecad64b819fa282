package nl.triade.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link RegisterSubmitter} reports about one delivery attempt. Expected outcomes are
 * values; an exception is treated as a fault of the plugin and retried like {@link #retryLater}.
 *
 * @param outcome    what happened
 * @param reference  the Register's reference, when delivered
 * @param receipt    the Register's answer or a description of what was written, when delivered
 * @param reason     why it failed, when it did
 * @param retryAfter how long to wait before the next attempt, for {@code RETRY}; null lets the host choose
 */
public record SubmissionResult(Outcome outcome, String reference, String receipt, String reason, Duration retryAfter) {

    /** Delivered, failed for good, or failed for now. */
    public enum Outcome {
        DELIVERED, PERMANENT_FAILURE, RETRY
    }

    public SubmissionResult {
        Objects.requireNonNull(outcome, "outcome");
    }

    public static SubmissionResult delivered(String reference, String receipt) {
        return new SubmissionResult(Outcome.DELIVERED, reference, receipt, null, null);
    }

    public static SubmissionResult rejected(String reason) {
        return new SubmissionResult(Outcome.PERMANENT_FAILURE, null, null, reason, null);
    }

    public static SubmissionResult retryLater(String reason, Duration after) {
        return new SubmissionResult(Outcome.RETRY, null, null, reason, after);
    }
}
