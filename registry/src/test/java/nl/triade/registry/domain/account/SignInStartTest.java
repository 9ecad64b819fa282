package nl.triade.registry.domain.account;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import nl.triade.registry.domain.CommitWatch;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.WorkSlots;
import org.junit.jupiter.api.Test;

/**
 * The dummy hash that unknown addresses are checked against costs a whole Argon2id hash (a fifth of a second of CPU,
 * more while the JVM is cold); made on the thread that builds the service, every start of the registry waited for it.
 */
class SignInStartTest {
    /** Nothing is ever committed here: the service is built, never used. */
    private static final CommitWatch NO_COMMITS = () -> new CommitWatch.Generations(0, 0);

    @Test
    void theDummyHashIsMadeBesideTheStartNotOnItsThread() throws InterruptedException {
        RecordingHasher hasher = new RecordingHasher();
        new SignInService(null, new TimeSource(Clock.systemUTC()), hasher, new WorkSlots(1, Duration.ofSeconds(1)), NO_COMMITS);
        assertTrue(hasher.hashed.await(30, TimeUnit.SECONDS), "the dummy hash is still made");
        assertNotSame(Thread.currentThread(), hasher.hashedOn.get(), "the thread that built the service made the hash");
    }

    /** Notes which thread hashed; the hash itself is beside the point here. */
    private static final class RecordingHasher implements PasswordHasher {
        final AtomicReference<Thread> hashedOn = new AtomicReference<>();
        final CountDownLatch hashed = new CountDownLatch(1);

        @Override
        public String hash(String password) {
            hashedOn.set(Thread.currentThread());
            hashed.countDown();
            return "dummy";
        }

        @Override
        public boolean matches(String password, String stored) {
            return false;
        }

        @Override
        public boolean needsRehash(String stored) {
            return false;
        }
    }
}
