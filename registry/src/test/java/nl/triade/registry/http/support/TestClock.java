package nl.triade.registry.http.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The registry's clock in tests: the system's UTC time, moved forward by as much as the test has
 * {@link #advance advanced} it. It keeps ticking, so background work that waits a few milliseconds
 * of real time still runs; a test that waits for the clock (a consultation's {@code closesAt}, a
 * back-off, a retry time) advances it instead of sleeping. Never moves backwards.
 */
public final class TestClock extends Clock {
    private final AtomicReference<Duration> ahead;
    private final ZoneId zone;

    public TestClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    private TestClock(AtomicReference<Duration> ahead, ZoneId zone) {
        this.ahead = ahead;
        this.zone = zone;
    }

    /**
     * A clock that starts at {@code start} instead of now and moves on from there: a test that meets
     * an earlier day (the Toetsingskader in force in June 2021) starts there, it never goes back.
     */
    public static TestClock startingAt(Instant start) {
        return new TestClock(new AtomicReference<>(Duration.between(Instant.now(), start)), ZoneOffset.UTC);
    }

    /** Moves the clock forward; every part of the registry reads the new time at once. */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward, not by " + by);
        }
        ahead.accumulateAndGet(by, Duration::plus);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock seen from another zone: advancing either advances both. */
    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(ahead, other);
    }
}
