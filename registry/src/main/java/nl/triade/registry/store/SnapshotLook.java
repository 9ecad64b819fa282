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
 * callers beside it, asked on a connection of its own with one prepared statement. Taken from the read pool, every look paid for a borrowed
 * connection, a Jdbi handle and a statement of its own, and waited behind reads for a connection;
 * here a look is the round trip alone, and every cached read waits for one.
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
    private final String url;
    private final Properties settings = new Properties();
    private Connection connection;
    private PreparedStatement snapshot;

    SnapshotLook(String url, Duration wait) {
        this.url = url;
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
        try {
            if (snapshot == null) {
                connection = DriverManager.getConnection(url, settings);
                snapshot = connection.prepareStatement(SNAPSHOT);
            }
            try (ResultSet result = snapshot.executeQuery()) {
                result.next();
                return new DatabaseCommits.Seen(result.getString(1), result.getLong(2));
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
        }
    }
}
