package nl.triade.registry.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.triade.registry.domain.CommitWatch;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.WorkSlots;
import org.junit.jupiter.api.Test;

/**
 * The dummy hash that unknown addresses are checked against costs a whole Argon2id hash (a fifth of a second of CPU,
 * more while the JVM is cold). Made while the service was built, every start of the registry paid for it, on a start
 * that is short of processor time on two cores; now it is made once the server serves.
 */
class SignInStartTest {
    /** Nothing is ever committed here: the service is built, never used for a sign-in. */
    private static final CommitWatch NO_COMMITS = () -> new CommitWatch.Generations(0, 0);

    @Test
    void buildingTheServiceMakesNoHash() {
        RecordingHasher hasher = new RecordingHasher();
        service(hasher);
        assertEquals(0, hasher.hashes.get(), "the service hashed while it was built");
    }

    @Test
    void prepareMakesTheDummyHashOnceOnTheGivenExecutor() throws Exception {
        RecordingHasher hasher = new RecordingHasher();
        SignInService signIns = service(hasher);
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Thread backgroundThread = background.submit(Thread::currentThread).get(30, TimeUnit.SECONDS);
            signIns.prepare(background);
            signIns.prepare(background);
            Future<?> after = background.submit(() -> { });
            after.get(30, TimeUnit.SECONDS);
            assertEquals(1, hasher.hashes.get(), "hashes made");
            assertSame(backgroundThread, hasher.hashedOn.get(), "the thread that made the hash");
        } finally {
            background.shutdownNow();
        }
    }

    private static SignInService service(PasswordHasher hasher) {
        return new SignInService(null, new TimeSource(Clock.systemUTC()), hasher, new WorkSlots(1, Duration.ofSeconds(1)), NO_COMMITS);
    }

    /** Counts hashes and notes which thread made the last; the hash itself is beside the point here. */
    private static final class RecordingHasher implements PasswordHasher {
        final AtomicReference<Thread> hashedOn = new AtomicReference<>();
        final AtomicInteger hashes = new AtomicInteger();

        @Override
        public String hash(String password) {
            hashedOn.set(Thread.currentThread());
            hashes.incrementAndGet();
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
