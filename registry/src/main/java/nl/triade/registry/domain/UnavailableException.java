package nl.triade.registry.domain;

import java.time.Duration;

/**
 * The service cannot take this request on now (the database or the slots for expensive work stay
 * busy beyond the request's budget), though it may shortly: the caller is told when to try again
 * instead of being kept waiting.
 */
public final class UnavailableException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    public UnavailableException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.unavailable(this);
    }
}
