package nl.triade.registry.domain.limits;

/**
 * Keeps the buckets. The implementation of this version holds them in memory, per instance; several
 * instances behind a load balancer would each grant the full rate, until an implementation shares
 * the buckets (in the database or a cache). Implementations are called concurrently.
 */
public interface RateLimiter {

    /** Takes one write from the bucket {@code key}, which holds {@code rate}; refused when the bucket is empty. */
    Admission acquire(String key, Rate rate);

    /** Gives back a write taken by {@link #acquire}, when another bucket then refused the same request. */
    void release(String key, Rate rate);
}
