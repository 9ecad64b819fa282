package nl.triade.registry.pluginhost;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls into plugins with a time limit, on threads of their own, so a plugin that throws, hangs or
 * answers nothing costs one failed call and never a request thread or the server. A plugin that
 * ignores interruption keeps its (daemon) thread; the caller has moved on regardless.
 */
final class GuardedCalls implements AutoCloseable {
    private final Duration limit;
    private final ExecutorService executor;

    GuardedCalls(Duration limit) {
        this.limit = limit;
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "triade-plugin-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The outcome of one call: a value, or why there is none. */
    record Outcome<T>(T value, String failure) {
        boolean failed() {
            return failure != null;
        }
    }

    <T> Outcome<T> call(Callable<T> work) {
        Future<T> future = executor.submit(work);
        try {
            T value = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return value == null ? new Outcome<>(null, "returned nothing") : new Outcome<>(value, null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome<>(null, "did not answer within " + limit.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new Outcome<>(null, "failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new Outcome<>(null, "was interrupted");
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
