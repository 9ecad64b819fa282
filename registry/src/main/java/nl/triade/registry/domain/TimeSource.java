package nl.triade.registry.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one place the domain learns the time, from the clock the composition root hands it (the
 * system's in production, one the test advances in tests). Instants come to the millisecond, the
 * precision timestamps are stored with: what a service records, hashes into the audit chain and
 * answers is exactly what reads back from the database later.
 */
public final class TimeSource {
    private final Clock clock;

    public TimeSource(Clock clock) {
        this.clock = clock;
    }

    /** The current instant, to the millisecond. */
    public Instant now() {
        return stored(clock.instant());
    }

    /** {@code instant} as it will read back once stored: to the millisecond. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
