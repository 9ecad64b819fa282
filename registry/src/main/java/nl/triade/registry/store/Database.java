package nl.triade.registry.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.triade.registry.json.JsonMappers;
import nl.triade.registry.store.document.ContentAddressedRevisions;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database: one writer connection (SQLite allows one writer at a time; a pool of one
 * queues writers in Java instead of failing them with SQLITE_BUSY) whose transactions begin
 * IMMEDIATE, and a small pool of read-only connections that WAL lets run beside it.
 *
 * <p>{@code synchronous=FULL}: a 2xx promises the change survives a power cut, not only a crash.
 *
 * <p>Nothing waits long for the database: a free connection (the pool) and the write lock (SQLite's
 * busy timeout) are each awaited at most the configured wait, after which the request is answered
 * {@code 503} with {@code Retry-After} (see {@link JdbiTransactions}) instead of queueing for the
 * pool's default 30 seconds while the threads of every other request pile up behind it.
 */
public final class Database implements AutoCloseable {
    private static final int READERS = 4;

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
    public static Database open(String url, Duration wait) {
        createParentFolder(url);
        HikariDataSource writerSource = pool(url, "triade-writer", 1, SQLiteConfig.TransactionMode.IMMEDIATE, null, wait);
        try {
            migrate(writerSource);
            HikariDataSource readerSource = pool(url, "triade-reader", READERS, SQLiteConfig.TransactionMode.DEFERRED,
                    "PRAGMA query_only = 1", wait);
            return new Database(writerSource, readerSource);
        } catch (RuntimeException e) {
            // a migration that fails (or readers that cannot connect) must not leave the file open
            writerSource.close();
            throw e;
        }
    }

    public Jdbi writer() {
        return writer;
    }

    public Jdbi reader() {
        return reader;
    }

    /**
     * What {@code /ready} reports: whether, within the wait, a reader answers a query and the writer
     * gets the write lock (its transactions begin IMMEDIATE, so beginning one takes the lock; nothing
     * is written). False when a pool stays exhausted, the file cannot be read, or another process
     * holds the write lock.
     */
    public boolean canServe() {
        try {
            return selectOne(reader) && writer.inTransaction(Database::selectOne);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean selectOne(Jdbi jdbi) {
        return jdbi.withHandle(Database::selectOne);
    }

    private static boolean selectOne(Handle handle) {
        return handle.createQuery("SELECT 1").mapTo(Integer.class).one() == 1;
    }

    @Override
    public void close() {
        readerSource.close();
        writerSource.close();
    }

    private static HikariDataSource pool(String url, String name, int size, SQLiteConfig.TransactionMode mode,
                                         String initSql, Duration wait) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout((int) wait.toMillis());
        sqlite.setTransactionMode(mode);
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(name);
        hikari.setJdbcUrl(url);
        hikari.setDataSourceProperties(sqlite.toProperties());
        hikari.setMaximumPoolSize(size);
        hikari.setMinimumIdle(1);
        hikari.setConnectionTimeout(wait.toMillis());
        if (initSql != null) {
            hikari.setConnectionInitSql(initSql);
        }
        return new HikariDataSource(hikari);
    }

    private static void migrate(HikariDataSource source) {
        Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/sqlite")
                .javaMigrations(new ContentAddressedRevisions(JsonMappers.create()))
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
