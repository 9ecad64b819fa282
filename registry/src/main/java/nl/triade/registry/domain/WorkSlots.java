package nl.triade.registry.domain;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A few slots for CPU-heavy work (a diff of long texts), so that however many callers ask for it,
 * such work never occupies more than its share of the processors and request threads. A caller that
 * finds no free slot within the wait is refused with {@link UnavailableException}; the slot is
 * taken only after the database connection is given back, never while holding one.
 */
public final class WorkSlots {
    private final Semaphore slots;
    private final Duration wait;

    public WorkSlots(int slots, Duration wait) {
        if (slots < 1) {
            throw new IllegalArgumentException("at least one slot is needed, was " + slots);
        }
        this.slots = new Semaphore(slots, true);
        this.wait = wait;
    }

    /** Runs {@code work} in a slot, waiting at most the configured time for one. */
    public <T> T run(Supplier<T> work) {
        if (!acquire()) {
            throw new UnavailableException("every slot for expensive work stayed busy for " + wait.toMillis()
                    + " ms; try again shortly", wait);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    private boolean acquire() {
        try {
            return slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
