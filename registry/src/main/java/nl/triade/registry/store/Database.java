package nl.triade.registry.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.triade.registry.domain.CommitWatch;
import nl.triade.registry.json.JsonMappers;
import nl.triade.registry.store.document.ContentAddressedRevisions;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.internal.JfrSupport;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;

/**
 * The database: one writer connection (the engine allows one writer at a time; {@link JdbiTransactions}
 * queues writers in Java and commits them in batches instead of failing them) and a small pool of
 * read-only connections that run beside it.
 *
 * <p>SQLite: the writer's transactions begin IMMEDIATE (taking the file's write lock), the readers
 * read WAL snapshots. {@code synchronous=FULL}: a 2xx promises the change survives a power cut, not
 * only a crash.
 *
 * <p>PostgreSQL: several Triade instances may share the database. Each write transaction first
 * takes one advisory lock ({@link Engine#lockWrites}), so writes are serialised across all of them
 * as SQLite serialises them; readers run in REPEATABLE READ, a snapshot as consistent as SQLite's.
 * PostgreSQL's own {@code synchronous_commit} (on by default) makes a commit durable.
 *
 * <p>Nothing waits long for the database: a free connection (the pool) and the write lock (SQLite's
 * busy timeout) are each awaited at most the configured wait, after which the request is answered
 * {@code 503} with {@code Retry-After} (see {@link JdbiTransactions}) instead of queueing for the
 * pool's default 30 seconds while the threads of every other request pile up behind it.
 */
public final class Database implements AutoCloseable {
    /** The version this release's newest migration brings the schema to (both engines); {@code SchemaVersionTest} holds it to the migration files. */
    static final String SCHEMA_VERSION = "24";
    private static final int READERS = 4;
    /**
     * Classes a start initialises beside, before the first statement: Jdbi's first statement reads the JDK's Flight
     * Recorder metadata, a tenth of a second on the thread that opens the database.
     */
    public static final List<Class<?>> SLOW_TO_INITIALISE = List.of(JfrSupport.class);
    private static final int OLDEST_POSTGRESQL = 15;

    private final Engine engine;
    private final HikariDataSource writerSource;
    private final HikariDataSource readerSource;
    private final Jdbi writer;
    private final Jdbi reader;
    private final DatabaseCommits commits;
    /** PostgreSQL only: the writer's mark that lets a lone instance skip its looks (see {@link WriterPresence}). */
    private final WriterPresence presence;
    private final WalCheckpoints checkpoints;
    private final StatementCount statements = new StatementCount();
    private final ReusedStatements reused = new ReusedStatements();

    private Database(Engine engine, String url, Duration wait, HikariDataSource writerSource, HikariDataSource readerSource,
                     MeterRegistry meters, Ticker ticker) {
        this.engine = engine;
        this.writerSource = writerSource;
        this.readerSource = readerSource;
        this.writer = Jdbi.create(writerSource);
        this.reader = Jdbi.create(readerSource);
        writer.getConfig(SqlStatements.class).setSqlLogger(statements);
        reader.getConfig(SqlStatements.class).setSqlLogger(statements);
        if (engine == Engine.SQLITE) {
            // PostgreSQL's driver keeps its prepared statements per connection by itself
            writer.setStatementBuilderFactory(reused);
            reader.setStatementBuilderFactory(reused);
        }
        this.presence = engine == Engine.SQLITE ? null : new WriterPresence(ticker);
        this.commits = engine == Engine.SQLITE ? DatabaseCommits.sqlite(url) : DatabaseCommits.postgresql(url, wait, presence, ticker);
        try {
            if (presence != null) {
                // marked now, the writer has mostly settled by the first write (a start takes longer than the wait)
                writer.useHandle(presence::mark);
            }
            this.checkpoints = engine == Engine.SQLITE ? WalCheckpoints.start(url, meters) : null;
        } catch (RuntimeException e) {
            commits.close();
            throw e;
        }
    }

    /**
     * Opens the database, creating its folder if needed (SQLite), and applies pending migrations.
     * Instances starting together on one PostgreSQL database migrate it once: Flyway holds a lock
     * while it migrates. The pools' meters stay with the database (for tools and tests that open it
     * beside or without a server).
     */
    public static Database open(String url, Duration wait) {
        return open(url, wait, new SimpleMeterRegistry());
    }

    /**
     * As {@link #open(String, Duration)}, with both pools measuring themselves into {@code meters}
     * (Hikari's {@code hikaricp.connections…} meters, tagged {@code pool}: {@code triade-writer},
     * {@code triade-reader}); a server's pools go to its {@code /metrics}, a tool's to a registry of its own.
     */
    public static Database open(String url, Duration wait, MeterRegistry meters) {
        return open(url, wait, meters, Ticker.SYSTEM);
    }

    static Database open(String url, Duration wait, MeterRegistry meters, Ticker ticker) {
        MicrometerMetricsTrackerFactory tracker = new MicrometerMetricsTrackerFactory(meters);
        Engine engine = Engine.of(url);
        Engine.createSqliteFolder(url);
        HikariDataSource writerSource;
        try {
            writerSource = engine == Engine.SQLITE
                    ? sqlitePool(url, "triade-writer", 1, false, SQLiteConfig.TransactionMode.IMMEDIATE,
                            "PRAGMA wal_autocheckpoint = " + WalCheckpoints.WRITER_THRESHOLD_PAGES, wait, tracker)
                    : postgresPool(url, "triade-writer", 1, false, false, wait, tracker);
        } catch (RuntimeException e) {
            // the URL, which may hold a password, is for the caller to show masked
            throw new IllegalStateException("cannot connect to the " + engine.displayName() + " database", e);
        }
        try {
            if (engine == Engine.POSTGRESQL) {
                requireSupportedVersion(writerSource);
            }
            migrate(engine, url, writerSource);
            HikariDataSource readerSource = engine == Engine.SQLITE
                    ? sqlitePool(url, "triade-reader", READERS, true, SQLiteConfig.TransactionMode.DEFERRED,
                            "PRAGMA query_only = 1", wait, tracker)
                    : postgresPool(url, "triade-reader", READERS, true, true, wait, tracker);
            return open(engine, url, wait, writerSource, readerSource, meters, ticker);
        } catch (RuntimeException e) {
            // a migration that fails must not leave the database open (readers that cannot connect fail the start's first read)
            writerSource.close();
            throw e;
        }
    }

    /**
     * Loads what the engine's driver loads at its first connection, for a thread beside the start: SQLite's native
     * library ({@link SqliteNativeLibrary}), which {@link #open} would otherwise wait for before it can set up its
     * pools. Nothing for PostgreSQL. Returns nothing, for {@code StartingBeside}.
     */
    public static Void loadDriver(String url) throws Exception {
        if (Engine.of(url) == Engine.SQLITE) {
            Optional<Path> folder = Engine.sqliteFolder(url);
            if (folder.isPresent()) {
                SqliteNativeLibrary.load(folder.get());
            } else {
                SQLiteJDBCLoader.initialize();
            }
        }
        return null;
    }

    private static Database open(Engine engine, String url, Duration wait, HikariDataSource writerSource,
                                 HikariDataSource readerSource, MeterRegistry meters, Ticker ticker) {
        try {
            return new Database(engine, url, wait, writerSource, readerSource, meters, ticker);
        } catch (RuntimeException e) {
            readerSource.close();
            throw e;
        }
    }

    public Engine engine() {
        return engine;
    }

    public Jdbi writer() {
        return writer;
    }

    public Jdbi reader() {
        return reader;
    }

    /** How many statements both pools have sent since the start: read around a request, what that request cost. */
    public long statementsRun() {
        return statements.total();
    }

    /** What tells the caches kept between requests that anyone, on any instance, committed since they looked. */
    public CommitWatch commits() {
        return commits;
    }

    /**
     * What {@code /ready} reports: whether, within the wait, a reader answers a query and the writer
     * gets the write lock (nothing is written). False when a pool stays exhausted, the database
     * cannot be read, or another process holds the write lock.
     */
    public boolean canServe() {
        try {
            return selectOne(reader) && writer.inTransaction(handle -> {
                engine.lockWrites(handle);
                return selectOne(handle);
            });
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

    /**
     * Before a write transaction takes the write lock: on PostgreSQL, the writer's connection bears this
     * process's mark and has borne it long enough for every other instance to have seen it ({@link WriterPresence}).
     */
    void awaitWriterSettled(Handle handle) {
        if (presence != null) {
            presence.awaitSettled(handle);
        }
    }

    /** After every write transaction of this instance, committed or not, before any of its writes is acknowledged. */
    void writeTransactionEnded() {
        commits.writeEndedHere();
    }

    /** After every commit of the writer: on SQLite, the log is checkpointed beside the writer ({@link WalCheckpoints}). */
    void committed() {
        if (checkpoints != null) {
            checkpoints.committed();
        }
    }

    @Override
    public void close() {
        if (checkpoints != null) {
            checkpoints.close();
        }
        commits.close();
        reused.close();
        readerSource.close();
        writerSource.close();
    }

    private static HikariDataSource sqlitePool(String url, String name, int size, boolean connectsBeside,
                                               SQLiteConfig.TransactionMode mode, String initSql, Duration wait,
                                               MicrometerMetricsTrackerFactory tracker) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout((int) wait.toMillis());
        sqlite.setTransactionMode(mode);
        // The driver would otherwise run a second statement (SELECT last_insert_rowid()) after every INSERT, on the
        // single writer, for keys nothing reads: an insert that needs its key says RETURNING, on both engines.
        sqlite.setGetGeneratedKeys(false);
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(name);
        hikari.setJdbcUrl(url);
        hikari.setDataSourceProperties(sqlite.toProperties());
        hikari.setMaximumPoolSize(size);
        hikari.setMinimumIdle(1);
        hikari.setConnectionTimeout(wait.toMillis());
        hikari.setMetricsTrackerFactory(tracker);
        if (initSql != null) {
            hikari.setConnectionInitSql(initSql);
        }
        return pool(hikari, connectsBeside);
    }

    /**
     * A connection waits at most {@code wait} for the write lock ({@code lock_timeout}) and is
     * answered 503 after, as SQLite's busy timeout does; readers see one snapshot per transaction.
     */
    private static HikariDataSource postgresPool(String url, String name, int size, boolean readOnly, boolean connectsBeside,
                                                 Duration wait, MicrometerMetricsTrackerFactory tracker) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(name);
        // the driver's own data source: Hikari's default looks the driver up in DriverManager, which first loads
        // every JDBC driver on the class path (a twentieth of a second of a start)
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        hikari.setDataSource(source);
        hikari.setMaximumPoolSize(size);
        hikari.setMinimumIdle(1);
        hikari.setConnectionTimeout(wait.toMillis());
        hikari.setMetricsTrackerFactory(tracker);
        hikari.setReadOnly(readOnly);
        hikari.setTransactionIsolation(readOnly ? "TRANSACTION_REPEATABLE_READ" : "TRANSACTION_READ_COMMITTED");
        hikari.setConnectionInitSql("SET lock_timeout = " + wait.toMillis());
        return pool(hikari, connectsBeside);
    }

    /**
     * A pool that {@code connectsBeside} makes its first connection on Hikari's own thread, and the start goes on: the
     * readers', whose first use (the start's first read) waits for it at most the configured wait, and fails the start
     * if it cannot be had. The writer's pool connects at once: a database that cannot be reached or migrated stops
     * the start before anything else is made.
     */
    private static HikariDataSource pool(HikariConfig hikari, boolean connectsBeside) {
        if (connectsBeside) {
            hikari.setInitializationFailTimeout(-1);
        }
        return new HikariDataSource(hikari);
    }

    /**
     * Before anything is written: the schema and the queries need PostgreSQL 15 or later. The server tells its version
     * when a connection begins; the driver keeps it, so this asks nothing of the server.
     */
    private static void requireSupportedVersion(HikariDataSource source) {
        int version;
        try (Connection connection = source.getConnection()) {
            version = connection.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the PostgreSQL server's version", e);
        }
        if (version < OLDEST_POSTGRESQL) {
            throw new IllegalStateException("Triade needs PostgreSQL 15 or later; this server is version " + version);
        }
    }

    /**
     * SQLite migrates on the writer connection, with its pragmas; its earlier releases left a Java
     * migration (V11) behind. PostgreSQL starts from V21's schema at once, on connections of
     * Flyway's own: it needs two, one of them to hold its lock while the other migrates.
     */
    private static void migrate(Engine engine, String url, HikariDataSource writerSource) {
        if (isCurrent(writerSource)) {
            return;
        }
        var flyway = Flyway.configure().locations(engine.migrations());
        if (engine == Engine.SQLITE) {
            flyway.dataSource(writerSource).javaMigrations(new ContentAddressedRevisions(JsonMappers.create()));
        } else {
            flyway.dataSource(url, null, null);
        }
        flyway.load().migrate();
    }

    /**
     * Whether the newest migration the database ran is {@link #SCHEMA_VERSION}, and ran through. Then Flyway has
     * nothing to do, and is not started: setting it up and reading and checksumming every migration takes a start a
     * quarter of a second (README, Performance). Its check that applied migrations were not edited since runs at every
     * start that migrates, so at every upgrade, and in the upgrade tests on a database of a landed release.
     */
    private static boolean isCurrent(DataSource source) {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
             ResultSet newest = statement.executeQuery(
                     "SELECT version, success FROM flyway_schema_history ORDER BY installed_rank DESC LIMIT 1")) {
            return newest.next() && newest.getBoolean("success") && SCHEMA_VERSION.equals(newest.getString("version"));
        } catch (SQLException e) {
            // no history table: a new database
            return false;
        }
    }
}
