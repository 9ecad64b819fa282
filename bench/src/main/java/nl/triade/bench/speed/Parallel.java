package nl.triade.bench.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Seeding over HTTP with several clients at once: the server's writes are serialised anyway, but its HTTP and JSON work overlap. */
final class Parallel {
    private Parallel() {
    }

    /** A step the seeding takes for each number; any exception stops the benchmark. */
    interface Step {
        void take(int number) throws Exception;
    }

    /** Takes {@code step} for 0 to {@code count - 1}, {@code clients} at a time; returns when all are done. */
    static void times(int count, int clients, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                futures.add(pool.submit(() -> {
                    for (int number = next.getAndIncrement(); number < count; number = next.getAndIncrement()) {
                        step.take(number);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
