package nl.triade.registry.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database: one writer connection (SQLite allows one writer at a time; a pool of one
 * queues writers in Java instead of failing them with SQLITE_BUSY) whose transactions begin
 * IMMEDIATE, and a small pool of read-only connections that WAL lets run beside it.
 *
 * <p>{@code synchronous=FULL}: a 2xx promises the change survives a power cut, not only a crash.
 */
public final class Database implements AutoCloseable {
    private static final int READERS = 4;
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final HikariDataSource writerSource;
    private final HikariDataSource readerSource;
    private final Jdbi writer;
    private final Jdbi reader;

    private Database(HikariDataSource writerSource, HikariDataSource readerSource) {
        this.writerSource = writerSource;
        this.readerSource = readerSource;
        this.writer = Jdbi.create(writerSource);
        this.reader = Jdbi.create(readerSource);
    }

    /** Opens the database, creating its folder if needed, and applies pending migrations. */
    public static Database open(String url) {
        createParentFolder(url);
        HikariDataSource writerSource = pool(url, "triade-writer", 1, SQLiteConfig.TransactionMode.IMMEDIATE, null);
        migrate(writerSource);
        HikariDataSource readerSource = pool(url, "triade-reader", READERS, SQLiteConfig.TransactionMode.DEFERRED,
                "PRAGMA query_only = 1");
        return new Database(writerSource, readerSource);
    }

    public Jdbi writer() {
        return writer;
    }

    public Jdbi reader() {
        return reader;
    }

    /** Whether a connection can be had and answers a query; what {@code /ready} reports. */
    public boolean isReachable() {
        try {
            return reader.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        readerSource.close();
        writerSource.close();
    }

    private static HikariDataSource pool(String url, String name, int size, SQLiteConfig.TransactionMode mode,
                                         String initSql) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout(BUSY_TIMEOUT_MS);
        sqlite.setTransactionMode(mode);
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(name);
        hikari.setJdbcUrl(url);
        hikari.setDataSourceProperties(sqlite.toProperties());
        hikari.setMaximumPoolSize(size);
        hikari.setMinimumIdle(1);
        if (initSql != null) {
            hikari.setConnectionInitSql(initSql);
        }
        return new HikariDataSource(hikari);
    }

    private static void migrate(HikariDataSource source) {
        Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/sqlite")
                .load()
                .migrate();
    }

    private static void createParentFolder(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        int options = file.indexOf('?');
        if (options >= 0) {
            file = file.substring(0, options);
        }
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + parent, e);
        }
    }
}
