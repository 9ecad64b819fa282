package nl.triade.registry.domain.limits;

import java.time.Duration;

/** A rate limiter's answer: admitted, or refused until {@code retryAfter} has passed. */
public record Admission(boolean admitted, Duration retryAfter) {
    private static final Admission ADMITTED = new Admission(true, Duration.ZERO);

    public static Admission granted() {
        return ADMITTED;
    }

    public static Admission refused(Duration retryAfter) {
        return new Admission(false, retryAfter);
    }
}
