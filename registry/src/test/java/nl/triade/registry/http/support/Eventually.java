package nl.triade.registry.http.support;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for what another thread (the submission worker, the event feed, a plugin) brings about,
 * by asking again and again until it holds or a generous deadline passes; the deadline only ends a
 * test that would otherwise fail, so the machine's load never decides the outcome. Waiting for the
 * registry's clock is never done here: tests advance the {@link TestClock} instead.
 */
public final class Eventually {
    /** Long enough for a loaded machine shared by several builds; a passing test never waits it out. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 20;

    private Eventually() {
    }

    /** Returns once {@code condition} holds; fails naming {@code what} after {@link #PATIENCE}. */
    public static void until(String what, BooleanSupplier condition) {
        until(what, PATIENCE, condition);
    }

    public static void until(String what, Duration patience, BooleanSupplier condition) {
        found(what, patience, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    /** The first value {@code probe} finds; fails naming {@code what} after {@link #PATIENCE}. */
    public static <T> T found(String what, Supplier<Optional<T>> probe) {
        return found(what, PATIENCE, probe);
    }

    public static <T> T found(String what, Duration patience, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + patience.toSeconds() + " s in vain until " + what);
            }
            pause();
        }
    }

    /** The pause between two looks, so polling leaves the shared cores to the work it waits for. */
    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
