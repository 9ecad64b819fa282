package nl.triade.registry.domain.submission;

import java.time.Duration;
import java.time.Instant;

/**
 * The submissions waiting for delivery to the Register (state {@code pending}, leased or not): how
 * many, counted up to the cap the reader set, and how long the oldest of those has waited; zero when
 * none waits.
 */
public record OutboxBacklog(int waiting, Duration oldestAge) {

    /** The backlog at {@code now} of {@code waiting} submissions, the oldest made at {@code oldest} (null when none waits). */
    public static OutboxBacklog at(Instant now, int waiting, Instant oldest) {
        return new OutboxBacklog(waiting, oldest == null || !oldest.isBefore(now) ? Duration.ZERO : Duration.between(oldest, now));
    }
}
