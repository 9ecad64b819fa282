package nl.triade.registry.store;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.UnavailableException;

/**
 * The queue of write units waiting for the one writer connection, run leader/follower: a caller
 * that finds no batch running and stands first in the queue becomes the leader, takes everything
 * queued (its own unit first, at most {@code mostPerBatch}) and runs that batch on its own thread;
 * the others wait, each on a condition of its own, until their batch has ended. When a batch ends
 * the next caller in the queue is woken to lead the next one. So batches form by themselves from
 * what queued while the previous commit ran, and no batch ever waits for stragglers: a lone write
 * runs at once, as one batch of one.
 *
 * <p>A unit that has not been taken into a batch within the wait leaves the queue and is answered
 * {@link UnavailableException}, as a write that did not get the connection or the write lock in
 * time always was. A unit that has been taken waits for its batch's end, however long: only then
 * is its outcome known, and the batch's own waits (connection, write lock) are bounded by the wait.
 *
 * <p>Waiting is not interruptible: an interrupt while waiting is kept and set again when the caller
 * returns, and a leader holds its own interrupt back while it runs the batch, so that no other
 * caller's write fails because this thread was interrupted.
 */
final class GroupCommit {
    private final ReentrantLock lock = new ReentrantLock();
    private final Deque<WriteUnit<?>> waiting = new ArrayDeque<>();
    private final int mostPerBatch;
    private final Duration wait;
    private final Consumer<List<WriteUnit<?>>> runner;
    private boolean running;

    /** {@code runner} runs one batch in one transaction and sets every unit's outcome; it never throws. */
    GroupCommit(int mostPerBatch, Duration wait, Consumer<List<WriteUnit<?>>> runner) {
        this.mostPerBatch = mostPerBatch;
        this.wait = wait;
        this.runner = runner;
    }

    /** Runs {@code work} in the next batch and returns its result once that batch has committed. */
    <T> T write(Function<Store, T> work) {
        boolean interrupted = false;
        WriteUnit<T> unit;
        List<WriteUnit<?>> batch;
        lock.lock();
        try {
            unit = new WriteUnit<>(work, System.nanoTime() + wait.toNanos(), lock.newCondition());
            waiting.addLast(unit);
            while (!unit.done() && (running || waiting.peekFirst() != unit)) {
                if (!unit.taken() && unit.deadline() - System.nanoTime() <= 0) {
                    giveUp(unit, interrupted);
                }
                interrupted |= awaitTurn(unit);
            }
            if (unit.done()) {
                return finished(unit, interrupted);
            }
            batch = takeBatch();
        } finally {
            lock.unlock();
        }
        interrupted |= Thread.interrupted();
        try {
            runner.accept(batch);
        } catch (RuntimeException | Error e) {
            batch.forEach(taken -> taken.batchFailed(new NotCommittedException(e)));
        } finally {
            endBatch(batch);
        }
        return finished(unit, interrupted);
    }

    /** How many units wait to be taken into a batch. */
    int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    /** Waits (with the lock held) for the unit's batch to end or for its turn to lead; true if interrupted meanwhile. */
    private static boolean awaitTurn(WriteUnit<?> unit) {
        if (unit.taken()) {
            unit.turn().awaitUninterruptibly();
            return false;
        }
        try {
            unit.turn().awaitNanos(unit.deadline() - System.nanoTime());
            return false;
        } catch (InterruptedException e) {
            return true;
        }
    }

    /** Leaves the queue untaken: the write was never run, and the caller may try again. */
    private void giveUp(WriteUnit<?> unit, boolean interrupted) {
        waiting.remove(unit);
        wakeFirst();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        throw new UnavailableException("the database took no new write within " + wait.toMillis()
                + " ms; try again shortly", wait);
    }

    private List<WriteUnit<?>> takeBatch() {
        running = true;
        List<WriteUnit<?>> batch = new ArrayList<>();
        while (!waiting.isEmpty() && batch.size() < mostPerBatch) {
            WriteUnit<?> next = waiting.removeFirst();
            next.take();
            batch.add(next);
        }
        return batch;
    }

    /**
     * The next leader is woken before the batch's own callers: they only answer their requests, while
     * everything queued waits for it. Every woken thread must take the lock again to leave its wait,
     * and takes it in the order woken; woken last, the leader waited for all of them, and the writer
     * stood idle about a millisecond a batch on two cores, a third of its time under load.
     */
    private void endBatch(List<WriteUnit<?>> batch) {
        lock.lock();
        try {
            running = false;
            wakeFirst();
            batch.forEach(WriteUnit::finish);
        } finally {
            lock.unlock();
        }
    }

    private void wakeFirst() {
        WriteUnit<?> first = waiting.peekFirst();
        if (!running && first != null) {
            first.turn().signal();
        }
    }

    private static <T> T finished(WriteUnit<T> unit, boolean interrupted) {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return unit.outcome();
    }
}
