package nl.triade.registry.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.triade.registry.domain.limits.Admission;
import nl.triade.registry.domain.limits.Rate;
import nl.triade.registry.domain.limits.SharedRateLimiter;
import nl.triade.registry.json.JsonMappers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rate limiter's buckets on a real database: a token bucket's rules, and one bucket for every limiter on the database. */
class SharedRateLimiterTest {
    private static final Duration WAIT = Duration.ofSeconds(2);
    private final MovableClock clock = new MovableClock();
    private final Rate fourPerMinute = new Rate(4, Duration.ofMinutes(1));
    @TempDir
    Path folder;
    private Database database;
    private SharedRateLimiter limiter;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:sqlite:" + folder.resolve("triade.db"), WAIT);
        limiter = limiterOn(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private SharedRateLimiter limiterOn(Database on) {
        return new SharedRateLimiter(new JdbiTransactions(on, JsonMappers.create(), WAIT, new SimpleMeterRegistry()), clock);
    }

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

    @Test
    void twoInstancesOnOneDatabaseTakeFromTheSameBucket() {
        try (Database same = Database.open("jdbc:sqlite:" + folder.resolve("triade.db"), WAIT)) {
            SharedRateLimiter other = limiterOn(same);
            for (int i = 0; i < 4; i++) {
                assertTrue((i % 2 == 0 ? limiter : other).acquire("a", fourPerMinute).admitted());
            }
            assertFalse(other.acquire("a", fourPerMinute).admitted());
            assertFalse(limiter.acquire("a", fourPerMinute).admitted());
            other.release("a", fourPerMinute);
            assertTrue(limiter.acquire("a", fourPerMinute).admitted(), "what one gave back, the other may take");
        }
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
