package nl.triade.registry.store;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Time that moves only when a test moves it, or when a writer waits on it ({@link WriterPresence}), as far as it waits. */
final class HandTicker implements Ticker {
    private final AtomicLong now = new AtomicLong();

    @Override
    public long nanos() {
        return now.get();
    }

    @Override
    public void sleepUntil(long deadline) {
        now.accumulateAndGet(deadline, Math::max);
    }

    void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
