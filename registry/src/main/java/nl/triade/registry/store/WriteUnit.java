package nl.triade.registry.store;

import java.util.concurrent.locks.Condition;
import java.util.function.Function;
import nl.triade.registry.domain.Store;

/**
 * One caller's write on its way through {@link GroupCommit}: the work, the moment after which it
 * no longer waits to be taken into a batch, and, once its batch has ended, its outcome. The runner
 * of the batch sets the outcome; the caller reads it after the batch's end is published under the
 * queue's lock, which is what makes the runner's writes visible to the caller's thread.
 */
final class WriteUnit<T> {
    private final Function<Store, T> work;
    private final long deadline;
    private final Condition turn;
    private boolean taken;
    private boolean done;
    private T result;
    private Throwable failure;

    WriteUnit(Function<Store, T> work, long deadline, Condition turn) {
        this.work = work;
        this.deadline = deadline;
        this.turn = turn;
    }

    /** Runs the work; what it throws is kept as this unit's outcome and thrown on for the runner to roll back. */
    void run(Store store) {
        try {
            result = work.apply(store);
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        }
    }

    boolean failed() {
        return failure != null;
    }

    /** Forgets the outcome of a run whose transaction was rolled back, before the unit runs again. */
    void clear() {
        result = null;
        failure = null;
    }

    /** The batch did not commit: a unit whose own work succeeded gets {@code notCommitted} instead. */
    void batchFailed(RuntimeException notCommitted) {
        if (failure == null) {
            failure = notCommitted;
        }
    }

    /** The result, or what the work (or its batch) threw, unchanged, on the caller's thread. */
    T outcome() {
        if (failure instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return result;
    }

    long deadline() {
        return deadline;
    }

    Condition turn() {
        return turn;
    }

    boolean taken() {
        return taken;
    }

    void take() {
        taken = true;
    }

    boolean done() {
        return done;
    }

    void finish() {
        done = true;
        turn.signal();
    }
}
