package nl.triade.registry.domain.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import nl.triade.registry.domain.Transactions;

/**
 * Token buckets kept in the database, so that every instance on it counts against the same
 * buckets: a client whose writes a load balancer spreads over several instances gets the rate
 * once, not once per instance. A bucket is one number, the moment it is full again (the generic
 * cell rate algorithm): each write moves that moment on by {@code period / count}, and a write is
 * admitted while the moment stays within one period of now. That is {@link Rate}'s bucket exactly: a
 * burst of {@code count} at once, then one write back every {@code period / count}, and a quiet
 * bucket fills up to the burst and no further. Each take is one short write transaction.
 */
public final class SharedRateLimiter implements RateLimiter {
    private final Transactions transactions;
    private final Clock clock;

    /** Time comes from {@code clock}, at its full precision: retry times are exact, and tests move it instead of waiting. */
    public SharedRateLimiter(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Admission acquire(String key, Rate rate) {
        return transactions.write(store -> {
            long now = nanos(clock.instant());
            OptionalLong stored = store.rateBuckets().fullAt(key);
            long next = Math.max(stored.orElse(now), now) + interval(rate);
            long beyond = next - now - rate.period().toNanos();
            if (beyond > 0) {
                return Admission.refused(Duration.ofNanos(beyond));
            }
            store.rateBuckets().setFullAt(key, next);
            return Admission.granted();
        });
    }

    @Override
    public void release(String key, Rate rate) {
        transactions.write(store -> {
            OptionalLong stored = store.rateBuckets().fullAt(key);
            stored.ifPresent(fullAt -> store.rateBuckets().setFullAt(key, fullAt - interval(rate)));
            return null;
        });
    }

    /** How long one write takes to come back. */
    private static long interval(Rate rate) {
        return rate.period().toNanos() / rate.count();
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
