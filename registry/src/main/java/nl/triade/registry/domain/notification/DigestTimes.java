package nl.triade.registry.domain.notification;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import nl.triade.registry.domain.TimeSource;

/** When a digest channel's next digest goes out: the first moment at its time of day, in the Netherlands, after now. */
final class DigestTimes {
    private DigestTimes() {
    }

    static Instant next(Instant now, LocalTime at) {
        ZonedDateTime today = now.atZone(TimeSource.REGISTER_ZONE).toLocalDate().atTime(at).atZone(TimeSource.REGISTER_ZONE);
        return today.toInstant().isAfter(now) ? today.toInstant() : today.plusDays(1).toInstant();
    }
}
