package nl.triade.registry.store.archive;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import nl.triade.registry.store.Engine;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;

/**
 * What an export and an import need to know about the engine behind a JDBC URL, and nothing else:
 * how to connect, where its migrations are, how a read becomes one snapshot, how text sorts the same
 * on both, and what a wholesale load leaves to repair. Everything else goes through plain JDBC.
 */
enum ArchiveEngine {
    SQLITE,
    POSTGRESQL;

    static ArchiveEngine of(String url) {
        try {
            return valueOf(Engine.of(url).name());
        } catch (IllegalArgumentException e) {
            throw new ArchiveRefused("the database URL must start with jdbc:sqlite: or jdbc:postgresql:");
        }
    }

    /** The registry's engine: its SQL fragments and its migrations. */
    Engine engine() {
        return Engine.valueOf(name());
    }

    /**
     * Refuses an SQLite URL whose file does not exist: opening it would make an empty database
     * there, and a mistyped path would quietly export nothing.
     */
    void requireExisting(String url) {
        Engine.sqliteFile(url).filter(file -> !Files.isRegularFile(file)).ifPresent(file -> {
            throw new ArchiveRefused("there is no database file " + file);
        });
    }

    String migrations() {
        return engine().migrations();
    }

    /** Unpooled connections: one command, one connection at a time. SQLite gets the server's settings (foreign keys on, WAL, durable commits). */
    Jdbi connect(String url, Duration wait) {
        if (this == POSTGRESQL) {
            return Jdbi.create(url);
        }
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout((int) wait.toMillis());
        return Jdbi.create(url, sqlite.toProperties());
    }

    /**
     * Makes the transaction just begun on {@code handle} read one snapshot. SQLite in WAL mode does so
     * from a read transaction's first read; PostgreSQL only from REPEATABLE READ up (its default takes
     * a new snapshot per statement, so tables read one after the other could disagree).
     */
    void readOneSnapshot(Handle handle) {
        if (this == POSTGRESQL) {
            handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        }
    }

    /** An ORDER BY term that sorts text by code point on both engines (PostgreSQL's default collation sorts by language rules). */
    String ordered(Column column) {
        String name = Table.quoted(column.name());
        return this == POSTGRESQL && column.type() == ColumnType.TEXT ? name + " COLLATE \"C\"" : name;
    }

    /**
     * After rows were inserted with their own ids: PostgreSQL's identity sequences do not see
     * explicit values and would hand out ids already taken, so each is moved past the highest id.
     * SQLite's integer keys take the next free value by themselves.
     */
    void afterLoad(Handle handle, List<Table> tables) {
        if (this != POSTGRESQL) {
            return;
        }
        for (Table table : tables) {
            for (String key : table.primaryKey()) {
                String sequence = handle.createQuery("SELECT pg_get_serial_sequence(:table, :column)")
                        .bind("table", table.name())
                        .bind("column", key)
                        .mapTo(String.class)
                        .findOne()
                        .orElse(null);
                if (sequence != null) {
                    handle.createQuery("SELECT setval(:sequence, COALESCE((SELECT MAX(" + Table.quoted(key) + ") FROM "
                                    + Table.quoted(table.name()) + "), 0) + 1, false)")
                            .bind("sequence", sequence)
                            .mapTo(Long.class)
                            .one();
                }
            }
        }
    }
}
