package nl.triade.registry.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.triade.registry.domain.limits.Admission;
import nl.triade.registry.domain.limits.Rate;
import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest {
    private final MovableClock clock = new MovableClock();
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);
    private final Rate fourPerMinute = new Rate(4, Duration.ofMinutes(1));

    @Test
    void aBurstOfTheCountIsAdmittedAndTheNextIsToldWhenToComeBack() {
        for (int i = 0; i < 4; i++) {
            assertTrue(limiter.acquire("a", fourPerMinute).admitted());
        }
        Admission refused = limiter.acquire("a", fourPerMinute);
        assertFalse(refused.admitted());
        assertEquals(Duration.ofSeconds(15), refused.retryAfter(), "one of four per minute comes back every 15 s");
    }

    @Test
    void oneWriteComesBackWhenRetryAfterHasPassedAndNotBefore() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("a", fourPerMinute);
        }
        clock.advance(Duration.ofSeconds(14));
        Admission early = limiter.acquire("a", fourPerMinute);
        assertFalse(early.admitted());
        assertEquals(Duration.ofSeconds(1), early.retryAfter());

        clock.advance(Duration.ofSeconds(1));
        assertTrue(limiter.acquire("a", fourPerMinute).admitted());
        assertFalse(limiter.acquire("a", fourPerMinute).admitted(), "only one came back");
    }

    @Test
    void aQuietPeriodRefillsTheWholeBurstButNoMore() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("a", fourPerMinute);
        }
        clock.advance(Duration.ofHours(5));
        for (int i = 0; i < 4; i++) {
            assertTrue(limiter.acquire("a", fourPerMinute).admitted());
        }
        assertFalse(limiter.acquire("a", fourPerMinute).admitted());
    }

    @Test
    void bucketsAreKeptApartByKey() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("a", fourPerMinute);
        }
        assertFalse(limiter.acquire("a", fourPerMinute).admitted());
        assertTrue(limiter.acquire("b", fourPerMinute).admitted());
    }

    @Test
    void aReleasedWriteCanBeTakenAgain() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("a", fourPerMinute);
        }
        limiter.release("a", fourPerMinute);
        assertTrue(limiter.acquire("a", fourPerMinute).admitted());
        assertFalse(limiter.acquire("a", fourPerMinute).admitted());
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2027-03-01T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
