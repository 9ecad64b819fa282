package nl.triade.registry.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Handle;

/**
 * A writer's mark on a PostgreSQL database: every connection that commits for this process holds a
 * shared advisory lock under {@link #KEY_SPACE} and this process's own {@link #key()} for as long as
 * it lives, and commits nothing before {@link #SETTLE} has passed since it took it.
 *
 * <p>Why: an instance whose look finds no writer's mark but its own ({@link DatabaseCommits}) knows
 * that, for {@link DatabaseCommits#TRUST} after that look began, only it can commit; it then answers
 * from what it keeps without a round trip per request, and looks again after its own commits. A
 * writer that appears later (another instance) takes its mark first and waits longer than
 * that trust lasts before its first commit, so by the time its first write is acknowledged, every
 * look that missed its mark is no longer trusted. The mark is held by the session that commits: a
 * session that ends takes its mark with it and can commit nothing more; the next one marks and
 * waits again. Shared locks never wait for one another, and nothing takes this one exclusively.
 *
 * <p>Flyway's migrations, on connections of their own, commit without a mark: they run before an
 * instance serves, and acknowledge nothing to anyone.
 */
final class WriterPresence {
    /** The first key of every writer's mark: "Tria". The second is the writer's own. */
    static final int KEY_SPACE = 0x54726961;
    /**
     * How long a writer waits after taking its mark: half as long again as a look is trusted, a
     * margin that covers two machines' clocks running at different rates many times over.
     */
    static final Duration SETTLE = DatabaseCommits.TRUST.multipliedBy(3).dividedBy(2);
    private final int key = ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE);
    private final Ticker ticker;
    /** When each of this process's connections took its mark, by the driver's own connection (the pool hands out wrappers). */
    private final Map<Connection, Long> markedAt = Collections.synchronizedMap(new WeakHashMap<>());

    WriterPresence(Ticker ticker) {
        this.ticker = ticker;
    }

    int key() {
        return key;
    }

    /** Marks the handle's connection as this process's writer, if it is not yet; takes no time once marked. */
    void mark(Handle handle) {
        markedSince(handle);
    }

    /** Marks the handle's connection if needed, and returns once it has held its mark for {@link #SETTLE}. */
    void awaitSettled(Handle handle) {
        ticker.sleepUntil(markedSince(handle) + SETTLE.toNanos());
    }

    private long markedSince(Handle handle) {
        Connection connection = driverConnection(handle);
        Long since = markedAt.get(connection);
        if (since == null) {
            handle.createQuery("SELECT pg_advisory_lock_shared(:space, :key)")
                    .bind("space", KEY_SPACE)
                    .bind("key", key)
                    .mapTo(String.class)
                    .one();
            since = ticker.nanos();
            markedAt.put(connection, since);
        }
        return since;
    }

    private static Connection driverConnection(Handle handle) {
        try {
            return handle.getConnection().unwrap(Connection.class);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the driver's connection behind the pool's", e);
        }
    }
}
