package nl.triade.registry.store;

import java.util.concurrent.locks.LockSupport;

/**
 * The monotonic time the commit watch trusts a look by, and a writer waits by before its first
 * commit ({@link WriterPresence}). Its own type so that a test can run both on one clock it moves
 * by hand, making the order between two instances certain instead of a matter of scheduling.
 */
interface Ticker {
    long nanos();

    /** Returns once {@link #nanos()} has reached {@code deadline}; an interrupt is kept, not thrown. */
    void sleepUntil(long deadline);

    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanos() {
            return System.nanoTime();
        }

        @Override
        public void sleepUntil(long deadline) {
            boolean interrupted = false;
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
                // parking returns at once while the flag is set: cleared here, and set again when done
                interrupted |= Thread.interrupted();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    };
}
