package nl.triade.registry.store;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * SQLite's checkpoints (copying committed pages from the write-ahead log into the database file, and
 * syncing that file) on a thread and a connection of their own, at most every {@link #EVERY} while
 * anything is committed. Left to SQLite, the commit that fills the log past its threshold runs the
 * checkpoint itself, with its sync, on the one writer: every write queued behind it waits, about one
 * commit in twenty-five under a steady load of comments.
 *
 * <p>A passive checkpoint never waits for the writer or for readers and takes no write lock: it copies
 * what no reader still needs, and the writer starts the log from its beginning again once all of it
 * was copied. Durability is the commit's own ({@code synchronous=FULL} syncs the log at every commit);
 * a checkpoint only moves what is already durable. Should this thread fall behind or stop, the writer
 * still checkpoints by itself past a higher threshold ({@link #WRITER_THRESHOLD_PAGES}), so the log
 * never grows without bound.
 */
final class WalCheckpoints implements AutoCloseable {
    private static final Duration EVERY = Duration.ofMillis(100);
    /** SQLite's default is 1,000 pages; ten times that (40 MB of log) is the backstop only. */
    static final int WRITER_THRESHOLD_PAGES = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpoints.class);

    private final Connection connection;
    private final AtomicBoolean committed = new AtomicBoolean();
    private final Counter complete;
    private final Counter partial;
    private final Counter busy;
    private final Counter failed;
    private final Thread thread;
    private boolean failing;

    private WalCheckpoints(Connection connection, MeterRegistry meters) {
        this.connection = connection;
        this.complete = outcome(meters, "complete");
        this.partial = outcome(meters, "partial");
        this.busy = outcome(meters, "busy");
        this.failed = outcome(meters, "failed");
        this.thread = new Thread(this::run, "triade-wal-checkpoints");
        thread.setDaemon(true);
    }

    static WalCheckpoints start(String url, MeterRegistry meters) {
        try {
            WalCheckpoints checkpoints = new WalCheckpoints(new SQLiteConfig().createConnection(url), meters);
            checkpoints.thread.start();
            return checkpoints;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the SQLite connection that checkpoints the log", e);
        }
    }

    private static Counter outcome(MeterRegistry meters, String outcome) {
        return Counter.builder("triade.sqlite.checkpoints")
                .description("background checkpoints of SQLite's write-ahead log: complete (the whole log copied), "
                        + "partial (readers still held part of it), busy (another connection was checkpointing), failed")
                .tag("outcome", outcome)
                .register(meters);
    }

    /** Called after every commit; costs the writer one atomic exchange, and a wake-up at most once a checkpoint. */
    void committed() {
        if (!committed.getAndSet(true)) {
            LockSupport.unpark(thread);
        }
    }

    private void run() {
        try {
            // closing interrupts: a park returns, a sleep throws
            while (!Thread.currentThread().isInterrupted()) {
                if (committed.getAndSet(false)) {
                    checkpoint();
                    Thread.sleep(EVERY.toMillis());
                } else {
                    LockSupport.park(this);
                }
            }
        } catch (InterruptedException e) {
            // closing, while it slept
        }
    }

    private void checkpoint() {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            result.next();
            boolean anotherCheckpointing = result.getInt(1) != 0;
            int logPages = result.getInt(2);
            int copiedPages = result.getInt(3);
            (anotherCheckpointing ? busy : copiedPages >= logPages ? complete : partial).increment();
            failing = false;
        } catch (SQLException | RuntimeException e) {
            failed.increment();
            // once per run of failures, not ten times a second
            if (!failing) {
                LOG.warn("checkpoints of the write-ahead log fail; the writer checkpoints by itself past {} pages",
                        WRITER_THRESHOLD_PAGES, e);
            }
            failing = true;
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the connection that checkpoints the log", e);
        }
    }
}
