package nl.triade.registry.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * PostgreSQL's completed transactions, {@code pg_current_snapshot()}, and the count of changes to
 * callers beside it, asked on a connection of its own with a prepared statement. Taken from the
 * read pool, every look paid for a borrowed connection, a Jdbi handle and a statement of its own,
 * and waited behind reads for a connection; here a look is the round trip alone. A second statement
 * also tells whether any other process holds a writer's mark ({@link WriterPresence}): it reads
 * every lock of the server, so {@link DatabaseCommits} asks it only now and then.
 *
 * <p>A look that fails closes the connection, and the next look opens a new one: the caller takes a
 * failed look as a change (see {@link DatabaseCommits}) and reads the database, which reports its
 * own failure. Opening and every look are bounded by the request wait, so a database that stopped
 * answering holds no reader longer than a connection from the pool would.
 */
final class SnapshotLook implements DatabaseCommits.Look, AutoCloseable {
    private static final String SNAPSHOT = """
            SELECT CAST(pg_current_snapshot() AS text), count
            FROM change_counts WHERE subject = 'callers'""";
    /**
     * The same, and whether any writer's mark but this process's own is on this database. An
     * advisory lock on two keys shows its first in {@code classid}, its second in {@code objid}.
     */
    private static final String SNAPSHOT_AND_WRITERS = """
            SELECT CAST(pg_current_snapshot() AS text), count, NOT EXISTS (
                SELECT 1 FROM pg_locks
                WHERE locktype = 'advisory' AND objsubid = 2 AND classid = CAST(? AS oid) AND objid <> CAST(? AS oid)
                  AND database = (SELECT oid FROM pg_database WHERE datname = current_database()))
            FROM change_counts WHERE subject = 'callers'""";
    private final String url;
    private final int ownKey;
    private final Properties settings = new Properties();
    private Connection connection;
    private PreparedStatement snapshot;
    private PreparedStatement snapshotAndWriters;

    SnapshotLook(String url, Duration wait, int ownKey) {
        this.url = url;
        this.ownKey = ownKey;
        String seconds = Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000));
        // pgjdbc's own time limits, in whole seconds: to connect and log in, and for any one answer
        settings.setProperty("connectTimeout", seconds);
        settings.setProperty("loginTimeout", seconds);
        settings.setProperty("socketTimeout", seconds);
        settings.setProperty("readOnly", "true");
        settings.setProperty("ApplicationName", "triade-commit-watch");
    }

    /** Synchronized only against {@link #close} on shutdown: {@link DatabaseCommits} makes one look at a time. */
    @Override
    public synchronized DatabaseCommits.Seen now() throws SQLException {
        return look(false);
    }

    @Override
    public synchronized DatabaseCommits.Seen nowAskingForWriters() throws SQLException {
        return look(true);
    }

    private DatabaseCommits.Seen look(boolean askForWriters) throws SQLException {
        try {
            if (snapshot == null) {
                connection = DriverManager.getConnection(url, settings);
                snapshot = connection.prepareStatement(SNAPSHOT);
                snapshotAndWriters = connection.prepareStatement(SNAPSHOT_AND_WRITERS);
                snapshotAndWriters.setInt(1, WriterPresence.KEY_SPACE);
                snapshotAndWriters.setInt(2, ownKey);
            }
            try (ResultSet result = (askForWriters ? snapshotAndWriters : snapshot).executeQuery()) {
                result.next();
                return new DatabaseCommits.Seen(result.getString(1), result.getLong(2), askForWriters && result.getBoolean(3));
            }
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // the connection is given up either way; a new look opens another
        } finally {
            connection = null;
            snapshot = null;
            snapshotAndWriters = null;
        }
    }
}
