package nl.triade.registry.domain.limits;

import java.time.Duration;
import nl.triade.registry.domain.RegistryException;

/** A write refused because its bucket is empty; {@code retryAfter} says when the next one is admitted. */
public final class RateLimitedException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final transient BucketName bucket;
    private final transient Duration retryAfter;

    public RateLimitedException(BucketName bucket, Rate rate, Duration retryAfter) {
        super("the limit " + bucket.wire() + " allows " + rate.describe()
                + (bucket.scope() == Scope.ORGANISATION ? " for all accounts of an organisation together" : "")
                + "; try again in " + wholeSeconds(retryAfter) + " s");
        this.bucket = bucket;
        this.retryAfter = retryAfter;
    }

    public BucketName bucket() {
        return bucket;
    }

    /** Whole seconds until the next write is admitted, rounded up and at least 1, as {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        return wholeSeconds(retryAfter);
    }

    private static long wholeSeconds(Duration duration) {
        long seconds = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
