package nl.triade.registry.domain.limits;

import java.util.OptionalLong;

/**
 * The buckets of the rate limits, shared by every instance on the database. A bucket is kept as one
 * number: the moment, in nanoseconds since the epoch, at which it is full again.
 */
public interface RateBucketRepository {

    /** When the bucket {@code key} is full again; empty for a bucket never used, which is full. */
    OptionalLong fullAt(String key);

    void setFullAt(String key, long nanos);
}
