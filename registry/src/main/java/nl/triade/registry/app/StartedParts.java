package nl.triade.registry.app;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a start has opened so far (the database, the plugins, background threads, the HTTP server),
 * so that a start failing part-way closes it again, newest first: a failed start must not leave the
 * database file open or threads running in a process (or a test) that goes on. Closing goes on past
 * a part that fails to close; such failures are attached to the start's own.
 */
final class StartedParts {
    private final Deque<AutoCloseable> closings = new ArrayDeque<>();

    /** Remembers how to close a part just opened, should the start fail later. */
    void opened(AutoCloseable closing) {
        closings.push(closing);
    }

    /** Closes everything opened so far, newest first, after the start failed with {@code failure}. */
    void closeAfter(Throwable failure) {
        while (!closings.isEmpty()) {
            try {
                closings.pop().close();
            } catch (Exception e) {
                // a part made beside the start throws its own failure again when closed: that failure is the start's
                if (e != failure) {
                    failure.addSuppressed(e);
                }
            }
        }
    }
}
