package nl.triade.registry.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.UnavailableException;
import nl.triade.registry.domain.audit.ChainHead;
import nl.triade.registry.store.document.ParsedContents;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Runs each unit of work in a Jdbi transaction: reads on the reader pool, writes on the single
 * writer connection, holding the engine's write lock, with group commit: concurrent writes are
 * joined into one transaction and one commit, so one fsync (SQLite, {@code synchronous=FULL}) or
 * one WAL flush (PostgreSQL) serves them all. A connection or the write lock not had within the
 * wait is {@link UnavailableException}, answered {@code 503} with {@code Retry-After}.
 *
 * <p>The rules of a batch ({@link GroupCommit} forms them):
 * <ul>
 *   <li>A batch runs first with no savepoints. If a unit throws, the transaction is rolled back and
 *       the batch runs again, each unit in a savepoint of its own: the unit that throws is rolled
 *       back to it, and what it threw reaches its own caller unchanged; its neighbours go on and
 *       commit. On PostgreSQL a savepoint is a round trip, so a batch of comments that all succeed
 *       saves one per write; a failing write costs its batch one run more.</li>
 *   <li>In that first run, inserts no caller reads the outcome of (a comment, an audit event) are
 *       held back and sent together, one statement per table ({@link HeldInserts}): before any
 *       statement that names their table, before a savepoint is set or undone, and after the last
 *       unit. One that fails when sent fails the first run, as a unit's failure does.</li>
 *   <li>Every caller is answered after the batch's COMMIT returned, never before. If the COMMIT (or
 *       the transaction itself) fails, no unit of the batch was acknowledged and every one fails:
 *       {@code 503} if the database was busy, else {@link NotCommittedException}. The transaction
 *       is rolled back and the connection handed back clean, so the next batch starts afresh.</li>
 *   <li>The write lock is taken once per batch: SQLite's {@code BEGIN IMMEDIATE}, PostgreSQL's
 *       advisory lock ({@link Engine#lockWrites}). Other instances on the database wait for the
 *       batch as they waited for a single write. On PostgreSQL a batch first waits, on a writer's
 *       connection new to this process, for the connection's writer's mark to settle
 *       ({@link WriterPresence}); once any write transaction ended, committed or not, the commit
 *       watch is told before any caller is answered ({@link DatabaseCommits}).</li>
 *   <li>A unit runs on the thread of the caller that leads its batch, not always on its own. No
 *       unit relies on its thread: the domain holds no thread-locals and reads no interrupt
 *       status, and a leader holds its own interrupt back while it runs the batch.</li>
 *   <li>A write (or read) called from inside a unit joins the unit's transaction in a savepoint of
 *       its own, instead of queueing behind the batch it is part of. It sees what the batch wrote
 *       before it, fails alone like a unit, and commits with the batch.</li>
 *   <li>What a unit changes outside the database before it returns would be seen before the commit
 *       and kept if the batch rolled back, and done twice if its batch ran again; units change
 *       nothing else. Effects of a write (a cache dropped, a background round woken, a reviewer
 *       started) belong after {@code write} returned: by then the change is committed.</li>
 * </ul>
 * Each batch's size is recorded in {@code triade.commit.batch.size}; {@code triade.commit.waiting}
 * is the number of writes queued for the next batch; {@code triade.commit.batch.reruns} counts the
 * batches run again because a unit threw.
 */
public final class JdbiTransactions implements Transactions {
    /**
     * The most units in one batch: an fsync shared 64 ways costs each write almost nothing, and 64
     * writes of a request's size (a comment, a section edit: well under a millisecond each) hold the
     * write lock for tens of milliseconds at most, far inside the wait that the writes queued behind
     * them, and other instances' writes, have.
     */
    static final int MOST_PER_BATCH = 64;
    /** PostgreSQL's SQLSTATE when {@code lock_timeout} passed before the write lock was had. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private final Supplier<Database> database;
    private final ObjectMapper json;
    private final Duration wait;
    private final GroupCommit queue;
    private final DistributionSummary batchSizes;
    private final Counter reruns;
    /** The open batch, on the thread running it: what a write from inside a unit joins. */
    private final ThreadLocal<Batch> batch = new ThreadLocal<>();
    private final ParsedContents contents = new ParsedContents();

    public JdbiTransactions(Database database, ObjectMapper json, Duration wait, MeterRegistry meters) {
        this(() -> database, json, wait, meters);
    }

    /**
     * On a database still opening: each transaction waits for it to be open as it begins. A start makes its services on
     * this while the database opens beside, and runs its first transaction once it has taken the open database.
     */
    public JdbiTransactions(Supplier<Database> database, ObjectMapper json, Duration wait, MeterRegistry meters) {
        this.database = database;
        this.json = json;
        this.wait = wait;
        this.queue = new GroupCommit(MOST_PER_BATCH, wait, this::commit);
        this.batchSizes = DistributionSummary.builder("triade.commit.batch.size")
                .description("write units committed together in one transaction")
                .baseUnit("units")
                .register(meters);
        this.reruns = Counter.builder("triade.commit.batch.reruns")
                .description("batches run again, each write in a savepoint of its own, because one of their writes failed")
                .register(meters);
        Gauge.builder("triade.commit.waiting", queue, GroupCommit::waiting)
                .description("writes queued for the next batch")
                .register(meters);
    }

    /** A batch's transaction, and what its writes keep between them. */
    private record Batch(Handle handle, BatchScope scope) {
    }

    @Override
    public <T> T write(Function<Store, T> work) {
        Batch joined = batch.get();
        if (joined != null) {
            return inSavepoint(joined, work);
        }
        try {
            return queue.write(work);
        } catch (JdbiException e) {
            throw busyOr(e);
        }
    }

    @Override
    public <T> T read(Function<Store, T> work) {
        Batch joined = batch.get();
        if (joined != null) {
            return inSavepoint(joined, work);
        }
        try {
            return database.get().reader().inTransaction(handle -> work.apply(store(handle, BatchScope.none(handle))));
        } catch (JdbiException e) {
            throw busyOr(e);
        }
    }

    /**
     * Runs one batch in one transaction and sets every unit's outcome; throws nothing. A batch of
     * several units runs first without savepoints, which on PostgreSQL are a round trip each; if
     * one of its units throws, that transaction is rolled back and the batch runs again with a
     * savepoint around each unit, so the failing unit fails alone. A unit alone needs no savepoint:
     * when it throws, the whole transaction is its own to roll back.
     */
    private void commit(List<WriteUnit<?>> units) {
        batchSizes.record(units.size());
        try {
            if (units.size() == 1) {
                inTransaction(false, open -> units.get(0).run(store(open)));
            } else if (!committedWithoutSavepoints(units)) {
                reruns.increment();
                inTransaction(false, open -> units.forEach(unit -> runUnit(open, unit)));
            }
            database.get().committed();
        } catch (RuntimeException | Error e) {
            units.forEach(unit -> unit.batchFailed(notCommitted(e)));
        }
    }

    /**
     * True if every unit ran and the batch committed. False if a unit threw, or an insert it held
     * back failed when sent ({@link HeldInserts}): the transaction was rolled back and every unit's
     * outcome cleared, for the batch to run again (units change nothing outside the database, so
     * running one twice is as running it once). What fails outside the units (the write lock, the
     * commit) is thrown.
     */
    private boolean committedWithoutSavepoints(List<WriteUnit<?>> units) {
        try {
            inTransaction(true, open -> {
                units.forEach(unit -> unit.run(store(open)));
                open.scope().held().send();
            });
            return true;
        } catch (RuntimeException | Error e) {
            if (!(e instanceof HeldInserts.HeldInsertsFailed) && units.stream().noneMatch(WriteUnit::failed)) {
                throw e;
            }
            units.forEach(WriteUnit::clear);
            return false;
        }
    }

    /**
     * Runs {@code work} in a transaction on the writer that holds the write lock, as the open batch
     * writes from inside a unit join; its inserts held back if {@code holdInserts}, for {@code work}
     * to send before it returns.
     */
    private void inTransaction(boolean holdInserts, Consumer<Batch> work) {
        Database writing = database.get();
        try {
            writing.writer().useTransaction(handle -> {
                writing.awaitWriterSettled(handle);
                writing.engine().lockWrites(handle);
                Batch open = new Batch(handle, BatchScope.forBatch(handle, holdInserts));
                batch.set(open);
                try {
                    work.accept(open);
                } finally {
                    batch.remove();
                }
            });
        } finally {
            writing.writeTransactionEnded();
        }
    }

    /** Each caller of a failed batch gets an exception of its own: {@code 503} if the database was busy. */
    private RuntimeException notCommitted(Throwable failure) {
        RuntimeException mapped = busyOr(failure);
        return mapped == failure ? new NotCommittedException(failure) : mapped;
    }

    /**
     * A unit that throws keeps its failure and is undone to its savepoint; a savepoint that cannot be
     * undone breaks the batch. A unit's savepoint is not released: the commit ends them all, and on
     * PostgreSQL a release is a round trip more per write. ROLLBACK TO names the newest savepoint of
     * the name, which is the unit's own, so one name serves every unit and its SQL is always the same
     * (compiled once on SQLite, parsed once on PostgreSQL).
     */
    private void runUnit(Batch open, WriteUnit<?> unit) {
        ChainHead head = open.scope().chainHead().mark();
        open.handle().execute("SAVEPOINT unit");
        try {
            unit.run(store(open));
        } catch (RuntimeException | Error failed) {
            open.handle().execute("ROLLBACK TO SAVEPOINT unit");
            open.scope().chainHead().resetTo(head);
        }
    }

    /** A write or read inside a unit: released when done, and when undone released too, so the next one out is the enclosing one's. */
    private <T> T inSavepoint(Batch open, Function<Store, T> work) {
        ChainHead head = open.scope().chainHead().mark();
        open.handle().execute("SAVEPOINT nested");
        T result;
        try {
            result = work.apply(store(open));
        } catch (RuntimeException | Error failed) {
            open.handle().execute("ROLLBACK TO SAVEPOINT nested");
            open.handle().execute("RELEASE SAVEPOINT nested");
            open.scope().chainHead().resetTo(head);
            throw failed;
        }
        open.handle().execute("RELEASE SAVEPOINT nested");
        return result;
    }

    private JdbiStore store(Batch open) {
        return store(open.handle(), open.scope());
    }

    private JdbiStore store(Handle handle, BatchScope scope) {
        return new JdbiStore(handle, json, database.get().engine(), contents, scope);
    }

    private RuntimeException busyOr(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return new UnavailableException("no database connection became free within " + wait.toMillis()
                        + " ms; try again shortly", wait);
            }
            if (cause instanceof SQLiteException sqlite && isBusy(sqlite.getResultCode())
                    || cause instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return new UnavailableException("the database stayed locked for " + wait.toMillis()
                        + " ms; try again shortly", wait);
            }
        }
        return failure instanceof RuntimeException unchecked ? unchecked : new NotCommittedException(failure);
    }

    /** SQLITE_BUSY and its extended codes (e.g. SQLITE_BUSY_SNAPSHOT) share the primary code in the low byte. */
    private static boolean isBusy(SQLiteErrorCode code) {
        return (code.code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code;
    }
}
