package nl.triade.registry.domain;

import java.time.Duration;

/**
 * A write refused because its rate-limit bucket is empty; {@code retryAfter} says when the next one
 * is admitted. The limits themselves live in {@code domain.limits}; this refusal sits beside the
 * other refusals because a sealed hierarchy keeps its members in one package.
 */
public final class RateLimitedException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final String bucket;
    private final transient Duration retryAfter;

    /** {@code limit} says what the bucket allows, e.g. "the limit tokens-per-account allows 50/1h". */
    public RateLimitedException(String bucket, String limit, Duration retryAfter) {
        super(limit + "; try again in " + wholeSeconds(retryAfter) + " s");
        this.bucket = bucket;
        this.retryAfter = retryAfter;
    }

    /** The wire name of the empty bucket, such as {@code comments-per-account}. */
    public String bucket() {
        return bucket;
    }

    /** Every rate-limit refusal names this one rule; {@link #bucket()} says which limit. */
    public Rule rule() {
        return Rule.RATE_LIMIT;
    }

    /** Whole seconds until the next write is admitted, rounded up and at least 1, as {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    private static long wholeSeconds(Duration duration) {
        long seconds = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.rateLimited(this);
    }
}
