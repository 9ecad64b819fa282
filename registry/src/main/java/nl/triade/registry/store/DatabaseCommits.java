package nl.triade.registry.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import nl.triade.registry.domain.CommitWatch;
import org.sqlite.SQLiteConfig;

/**
 * The database's own sign that something was committed, looked at once per use of a cache; it sees
 * the commits of every connection and every instance on the database, so nothing needs to be told
 * of a change. Each look also reads the count of changes to what callers are read from (tokens,
 * sessions, accounts, organisations), which the database's triggers keep in {@code change_counts}:
 * the callers' generation moves with that count alone, so a comment does not drop every kept caller.
 *
 * <p>SQLite: {@code PRAGMA data_version} (as the table-valued {@code pragma_data_version()}, in the
 * same statement as the count) on a connection of its own, which never writes: its value changes
 * whenever any other connection (this instance's writer, or another process's) committed since the
 * previous look on this connection. It costs a few microseconds.
 *
 * <p>PostgreSQL: {@code pg_current_snapshot()}, the set of transactions that have completed: a
 * commit of any transaction that wrote (on any instance) either leaves its list of transactions in
 * progress or moves its upper bound, so two equal snapshots mean nothing was committed between
 * them. One round trip, which reads the count in the same statement and so the same snapshot;
 * commits to other databases of the server count as well, which only makes the caches start afresh
 * more often.
 *
 * <p>Looks are shared, as commits are in group commit: a caller takes the answer of the first look
 * that began after it called, whoever made it. While one look runs, every caller that arrives waits
 * for the next, which one of them makes for all. A look that began after the call sees every commit
 * that ended before it, so a shared answer is as fresh as one of the caller's own; under load it
 * saves a round trip per cache use, and the database the work of answering it.
 *
 * <p>A lone writer needs no look at all (PostgreSQL; on SQLite a look costs less than deciding
 * whether to make one). A look also asks, at most every {@link #ASK_EVERY}, whether any other
 * process holds a writer's mark on the database ({@link WriterPresence}). If none does, then for
 * {@link #TRUST} after that look began only this instance can commit, and a caller takes the last
 * look's answer without a round trip, unless this instance committed since that look began
 * ({@link #writeEndedHere}): then it looks, as it must to learn whether the commit changed a caller.
 * A writer that marks itself later waits {@link WriterPresence#SETTLE}, longer than the trust,
 * before its first commit; so when its first write is acknowledged, every look that did not see it
 * has stopped being trusted, and the next request anywhere looks. One instance on PostgreSQL then
 * looks about once per {@link #TRUST} while it only reads, and once per batch while it writes.
 */
public final class DatabaseCommits implements CommitWatch, AutoCloseable {
    /** How long after it began a look that found no other writer is trusted alone. */
    static final Duration TRUST = Duration.ofMillis(100);
    /** How often at most a look asks about other writers: it reads every lock of the server, which a look per request should not. */
    static final Duration ASK_EVERY = Duration.ofMillis(20);
    private final Look look;
    private final AutoCloseable resource;
    private final Ticker ticker;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition looked = lock.newCondition();
    private boolean looking;
    private long looksBegun;
    private long looksEnded;
    private Seen lastSeen = Seen.unknown();
    private long generation;
    private long callersGeneration;
    /** Write transactions of this instance ended so far, and how many had when the last look began. */
    private long writesEndedHere;
    private long writesEndedBeforeLastLook;
    private boolean askedEver;
    private long askedAt;
    private boolean aloneWhenAsked;

    /** What the database shows now. */
    @FunctionalInterface
    interface Look {
        Seen now() throws SQLException;

        /** As {@link #now()}, and whether any other process holds a writer's mark; a look that cannot tell says one does. */
        default Seen nowAskingForWriters() throws SQLException {
            return now();
        }
    }

    /**
     * Equal {@code commits} mean no commit happened between two looks; equal {@code callers}, none that changed a caller.
     * {@code alone}: the look asked, and no other process holds a writer's mark.
     */
    record Seen(Object commits, Object callers, boolean alone) {
        Seen(Object commits, Object callers) {
            this(commits, callers, false);
        }

        /** What a look that failed shows: equal to nothing, so every cache starts afresh. */
        static Seen unknown() {
            return new Seen(new Object(), new Object());
        }
    }

    DatabaseCommits(Look look, AutoCloseable resource) {
        this(look, resource, Ticker.SYSTEM);
    }

    DatabaseCommits(Look look, AutoCloseable resource, Ticker ticker) {
        this.look = look;
        this.resource = resource;
        this.ticker = ticker;
    }

    static DatabaseCommits sqlite(String url) {
        try {
            Connection connection = new SQLiteConfig().createConnection(url);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA query_only = 1");
            }
            PreparedStatement look = connection.prepareStatement("""
                    SELECT (SELECT data_version FROM pragma_data_version()), count
                    FROM change_counts WHERE subject = 'callers'""");
            return new DatabaseCommits(() -> {
                // one look at a time, so the one connection answers for every thread
                try (ResultSet result = look.executeQuery()) {
                    result.next();
                    return new Seen(result.getLong(1), result.getLong(2));
                }
            }, connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the SQLite connection that watches for commits", e);
        }
    }

    static DatabaseCommits postgresql(String url, Duration wait, WriterPresence presence, Ticker ticker) {
        SnapshotLook look = new SnapshotLook(url, wait, presence.key());
        return new DatabaseCommits(look, look, ticker);
    }

    @Override
    public Generations generations() {
        lock.lock();
        try {
            if (lastLookStillHolds()) {
                return new Generations(generation, callersGeneration);
            }
            long needed = looksBegun + 1;
            while (looksEnded < needed) {
                if (looking) {
                    looked.awaitUninterruptibly();
                } else {
                    lookForAll();
                }
            }
            return new Generations(generation, callersGeneration);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Called after each write transaction of this instance ended, committed or not (a commit whose
     * answer was lost may have happened), and before any of its writes is acknowledged: the next
     * caller looks, instead of trusting a look that began before the commit.
     */
    void writeEndedHere() {
        lock.lock();
        try {
            writesEndedHere++;
        } finally {
            lock.unlock();
        }
    }

    /** Whether only this instance could have committed since the last look began, and it did not. */
    private boolean lastLookStillHolds() {
        return aloneWhenAsked && writesEndedHere == writesEndedBeforeLastLook && ticker.nanos() - askedAt < TRUST.toNanos();
    }

    /** Makes the next look, with the lock let go meanwhile, and wakes everyone waiting for it. */
    private void lookForAll() {
        looking = true;
        long number = ++looksBegun;
        long began = ticker.nanos();
        long writesEndedBefore = writesEndedHere;
        boolean ask = !askedEver || began - askedAt >= ASK_EVERY.toNanos();
        lock.unlock();
        Seen seen = null;
        try {
            seen = lookNow(ask);
        } finally {
            lock.lock();
            // null only if the look threw an Error, which its caller gets; the others take it as a change
            if (seen == null) {
                seen = Seen.unknown();
            }
            if (!seen.commits().equals(lastSeen.commits())) {
                generation++;
            }
            if (!seen.callers().equals(lastSeen.callers())) {
                callersGeneration++;
            }
            lastSeen = seen;
            writesEndedBeforeLastLook = writesEndedBefore;
            if (ask) {
                askedEver = true;
                askedAt = began;
                aloneWhenAsked = seen.alone();
            }
            looksEnded = number;
            looking = false;
            looked.signalAll();
        }
    }

    /** What cannot be looked at is taken as changed: the caller then reads the database, which reports its own failure. */
    private Seen lookNow(boolean askForWriters) {
        try {
            return askForWriters ? look.nowAskingForWriters() : look.now();
        } catch (SQLException | RuntimeException e) {
            return Seen.unknown();
        }
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the connection that watches for commits", e);
        }
    }
}
