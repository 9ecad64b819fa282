package nl.triade.registry.http.instances;

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
     * PostgreSQL, the engine for more than one machine: each process holds its own connections, and
     * the registry's advisory write lock serialises the writers of both.
     */
    static SharedDatabase chosen() {
        return PostgresqlDatabase.create();
    }
}
