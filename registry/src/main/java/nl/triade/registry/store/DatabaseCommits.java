package nl.triade.registry.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import nl.triade.registry.domain.CommitWatch;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;

/**
 * The database's own sign that something was committed, looked at once per use of a cache; it sees
 * the commits of every connection and every instance on the database, so nothing needs to be told
 * of a change.
 *
 * <p>SQLite: {@code PRAGMA data_version} on a connection of its own, which never writes: its value
 * changes whenever any other connection (this instance's writer, or another process's) committed
 * since the previous look on this connection. No table is read; it costs a few microseconds.
 *
 * <p>PostgreSQL: {@code pg_current_snapshot()}, the set of transactions that have completed: a
 * commit of any transaction that wrote (on any instance) either leaves its list of transactions in
 * progress or moves its upper bound, so two equal snapshots mean nothing was committed between
 * them. One round trip, no table read; commits to other databases of the server count as well,
 * which only makes the caches start afresh more often.
 */
public final class DatabaseCommits implements CommitWatch, AutoCloseable {
    private final Look look;
    private final AutoCloseable resource;
    private Object lastSeen;
    private long generation;

    /** What the database shows now; equal values mean no commit happened between two looks. */
    @FunctionalInterface
    private interface Look {
        Object now() throws SQLException;
    }

    private DatabaseCommits(Look look, AutoCloseable resource) {
        this.look = look;
        this.resource = resource;
    }

    static DatabaseCommits sqlite(String url) {
        try {
            Connection connection = new SQLiteConfig().createConnection(url);
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA query_only = 1");
            }
            PreparedStatement dataVersion = connection.prepareStatement("PRAGMA data_version");
            return new DatabaseCommits(() -> {
                // one connection answers for every thread, and data_version is relative to its own previous look
                synchronized (dataVersion) {
                    try (ResultSet result = dataVersion.executeQuery()) {
                        result.next();
                        return result.getLong(1);
                    }
                }
            }, connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the SQLite connection that watches for commits", e);
        }
    }

    static DatabaseCommits postgresql(Jdbi reader) {
        return new DatabaseCommits(() -> reader.withHandle(handle ->
                handle.createQuery("SELECT CAST(pg_current_snapshot() AS text)").mapTo(String.class).one()), () -> { });
    }

    @Override
    public long generation() {
        Object seen;
        try {
            seen = look.now();
        } catch (SQLException | RuntimeException e) {
            // what cannot be looked at is taken as changed: the caller then reads the database, which reports its own failure
            seen = new Object();
        }
        synchronized (this) {
            if (!seen.equals(lastSeen)) {
                lastSeen = seen;
                generation++;
            }
            return generation;
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
