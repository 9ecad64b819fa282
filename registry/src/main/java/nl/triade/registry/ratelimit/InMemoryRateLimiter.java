package nl.triade.registry.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.triade.registry.domain.limits.Admission;
import nl.triade.registry.domain.limits.Rate;
import nl.triade.registry.domain.limits.RateLimiter;

/**
 * Bucket4j's lock-free token buckets, created on first use. Keys name accounts and organisations
 * that exist in the database, so the map grows with them and never with what a client sends.
 * Time comes from the injected clock, so tests move it instead of waiting.
 */
public final class InMemoryRateLimiter implements RateLimiter {
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;

    public InMemoryRateLimiter(Clock clock) {
        this.time = new ClockTime(clock);
    }

    @Override
    public Admission acquire(String key, Rate rate) {
        ConsumptionProbe probe = bucket(key, rate).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Admission.granted() : Admission.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public void release(String key, Rate rate) {
        bucket(key, rate).addTokens(1);
    }

    private Bucket bucket(String key, Rate rate) {
        return buckets.computeIfAbsent(key, unused -> Bucket.builder()
                .addLimit(limit -> limit.capacity(rate.count()).refillGreedy(rate.count(), rate.period()))
                .withCustomTimePrecision(time)
                .build());
    }

    /** Bucket4j's view of a {@link Clock}: nanoseconds since the epoch. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
