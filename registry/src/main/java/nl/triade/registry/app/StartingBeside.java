package nl.triade.registry.app;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A part of the start made on a thread of its own while the start goes on with parts that do not need it: on two
 * cores a start is mostly loading and first running of classes, and that overlaps well (README, Performance). Its
 * failure is the start's, thrown where the start takes the part.
 */
final class StartingBeside<T> {
    private final CompletableFuture<T> part = new CompletableFuture<>();

    private StartingBeside() {
    }

    static <T> StartingBeside<T> start(String name, Callable<T> work) {
        StartingBeside<T> beside = new StartingBeside<>();
        Thread thread = new Thread(() -> {
            try {
                beside.part.complete(work.call());
            } catch (Throwable e) {
                beside.part.completeExceptionally(e);
            }
        }, "triade-start-" + name);
        // a part that hangs must not keep a process alive whose start has failed
        thread.setDaemon(true);
        thread.start();
        return beside;
    }

    /** The part, once made; what making it threw, thrown here. */
    T take() {
        try {
            return part.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
