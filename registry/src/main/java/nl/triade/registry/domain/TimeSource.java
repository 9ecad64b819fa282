package nl.triade.registry.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The one place the domain learns the time, from the clock the composition root hands it (the
 * system's in production, one the test advances in tests). Instants come to the millisecond, the
 * precision timestamps are stored with: what a service records, hashes into the audit chain and
 * answers is exactly what reads back from the database later.
 */
public final class TimeSource {
    /**
     * Where calendar dates are read: the Register is Dutch, so a due date of 30 June ends at
     * midnight in the Netherlands, whatever zone the server runs in.
     */
    public static final ZoneId REGISTER_ZONE = ZoneId.of("Europe/Amsterdam");
    private final Clock clock;

    public TimeSource(Clock clock) {
        this.clock = clock;
    }

    /** The current instant, to the millisecond. */
    public Instant now() {
        return stored(clock.instant());
    }

    /** Today's date in the Netherlands ({@link #REGISTER_ZONE}). */
    public LocalDate today() {
        return registerDate(clock.instant());
    }

    /** The date {@code instant} fell on in the Netherlands ({@link #REGISTER_ZONE}), e.g. the day a document was submitted. */
    public static LocalDate registerDate(Instant instant) {
        return LocalDate.ofInstant(instant, REGISTER_ZONE);
    }

    /** {@code instant} as it will read back once stored: to the millisecond. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
