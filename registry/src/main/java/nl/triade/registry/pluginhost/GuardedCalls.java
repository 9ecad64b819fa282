package nl.triade.registry.pluginhost;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Calls into one plugin with a time limit, on a bounded pool of threads of that plugin's own, so a
 * plugin that throws, hangs or answers nothing costs one failed call and never a request thread,
 * another plugin's calls or the server. A call past its limit is interrupted and counted; one that
 * has not ended a short grace later (it ignores interruption, as a runaway loop or regular
 * expression does) is stuck, and while any call is stuck the plugin is degraded: every call
 * answers as failed at once, without a thread, until the stuck calls end. So a misbehaving plugin
 * holds at most {@link #THREADS} threads, however often it is asked.
 */
final class GuardedCalls implements AutoCloseable {
    static final int THREADS = 4;
    static final int WAITING = 64;
    static final Duration GRACE = Duration.ofSeconds(1);
    private final ThreadPoolExecutor executor;
    private final AtomicInteger stuck = new AtomicInteger();
    private final AtomicLong timedOut = new AtomicLong();

    GuardedCalls(String pluginId) {
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING), task -> {
            Thread thread = new Thread(task, "triade-plugin-" + pluginId + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    /**
     * How a call ended: answered; refused without a call (the plugin is degraded or busy); cut off at
     * its time limit; failed (it threw, or answered nothing); interrupted (the server is stopping).
     */
    enum Result { ANSWERED, REFUSED, TIMED_OUT, FAILED, INTERRUPTED }

    /** The outcome of one call: a value, or why there is none. */
    record Outcome<T>(T value, String failure, Result result) {
        boolean failed() {
            return result != Result.ANSWERED;
        }

        static <T> Outcome<T> failure(Result result, String why) {
            return new Outcome<>(null, why, result);
        }
    }

    /** How the plugin's calls fare: {@code stuck} calls are past their limit and still running. */
    record Health(int stuck, long timedOut) {
        boolean degraded() {
            return stuck > 0;
        }
    }

    Health health() {
        return new Health(stuck.get(), timedOut.get());
    }

    <T> Outcome<T> call(Duration limit, Callable<T> work) {
        int stuckNow = stuck.get();
        if (stuckNow > 0) {
            return Outcome.failure(Result.REFUSED, "is degraded: " + stuckNow
                    + " earlier call(s) past the time limit are still running; it is not called until they end");
        }
        Call<T> call = new Call<>(work);
        Future<T> future;
        try {
            future = executor.submit(call);
        } catch (RejectedExecutionException e) {
            return Outcome.failure(Result.REFUSED, "is busy: " + THREADS + " calls running and " + WAITING + " waiting");
        }
        try {
            T value = future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return value == null ? Outcome.failure(Result.FAILED, "returned nothing") : new Outcome<>(value, null, Result.ANSWERED);
        } catch (TimeoutException e) {
            timedOut.incrementAndGet();
            future.cancel(true);
            return Outcome.failure(Result.TIMED_OUT, "did not answer within " + limit.toMillis() + " ms"
                    + (call.settle() ? " and goes on after interruption; the plugin is degraded until that call ends" : ""));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return Outcome.failure(Result.FAILED, "failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            call.settle();
            return Outcome.failure(Result.INTERRUPTED, "was interrupted");
        }
    }

    private enum State { WAITING, RUNNING, ENDED, ABANDONED, STUCK }

    /** One call, knowing whether it ran, ended, or is stuck, so the count of stuck calls stays exact under every race. */
    private final class Call<T> implements Callable<T> {
        private final Callable<T> work;
        private final AtomicReference<State> state = new AtomicReference<>(State.WAITING);
        private final CountDownLatch ended = new CountDownLatch(1);

        Call(Callable<T> work) {
            this.work = work;
        }

        @Override
        public T call() throws Exception {
            if (!state.compareAndSet(State.WAITING, State.RUNNING)) {
                return null;
            }
            try {
                return work.call();
            } finally {
                if (!state.compareAndSet(State.RUNNING, State.ENDED)) {
                    stuck.decrementAndGet();
                }
                ended.countDown();
            }
        }

        /**
         * After the limit, once interrupted: a call that never started is dropped; one still running
         * after the grace is stuck. Whether it is stuck.
         */
        boolean settle() {
            if (state.compareAndSet(State.WAITING, State.ABANDONED)) {
                return false;
            }
            try {
                if (ended.await(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    return false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stuck.incrementAndGet();
            if (state.compareAndSet(State.RUNNING, State.STUCK)) {
                return true;
            }
            stuck.decrementAndGet();
            return false;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
