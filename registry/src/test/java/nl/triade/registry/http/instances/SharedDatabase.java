package nl.triade.registry.http.instances;

import java.nio.file.Path;

/**
 * The one database several server processes share. Chosen in {@link #chosen} alone, so the
 * two-instance test moves to another engine by changing that method: it hands out the JDBC URL the
 * processes get as {@code TRIADE_DB_URL}, and {@link #close} removes what it made.
 */
interface SharedDatabase extends AutoCloseable {
    String jdbcUrl();

    @Override
    void close();

    /**
     * An SQLite file in {@code folder}: each process opens its own writer connection, and SQLite's
     * write lock with its busy timeout serialises the writers of both, as it does within one process.
     */
    static SharedDatabase chosen(Path folder) {
        return new SqliteFile(folder.resolve("triade.db"));
    }
}
