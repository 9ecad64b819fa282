package nl.triade.registry.store.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import nl.triade.registry.json.JsonMappers;
import nl.triade.registry.store.document.ContentAddressedRevisions;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Handle;

/**
 * Schema versions as Flyway numbers them: the one a database is at (its last successful migration),
 * the newest this release ships, and migrating an empty database up to exactly the version an
 * archive was read at, so its rows fit the tables as they were.
 */
final class SchemaVersions {
    private final String url;
    private final ArchiveEngine engine;

    SchemaVersions(String url, ArchiveEngine engine) {
        this.url = url;
        this.engine = engine;
    }

    /** The version the database behind {@code handle} is at; empty when no migration ever ran on it. */
    static Optional<MigrationVersion> current(Handle handle) throws SQLException {
        Connection connection = handle.getConnection();
        if (!SchemaTables.hasFlywayHistory(connection)) {
            return Optional.empty();
        }
        return handle.createQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")
                .map((row, context) -> row.getBoolean("success") ? MigrationVersion.fromVersion(row.getString("version")) : null)
                .stream()
                .filter(version -> version != null)
                .max(MigrationVersion::compareTo);
    }

    MigrationVersion newestShipped() {
        return Arrays.stream(flyway(MigrationVersion.LATEST).info().all())
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo)
                .orElseThrow(() -> new IllegalStateException("this release ships no migrations for " + engine.migrations()));
    }

    void migrateTo(MigrationVersion version) {
        flyway(version).migrate();
    }

    private Flyway flyway(MigrationVersion target) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(url, null, null)
                .locations(engine.migrations())
                .target(target);
        if (engine == ArchiveEngine.SQLITE) {
            // as Database migrates SQLite: migration 11 is Java there
            configuration.javaMigrations(new ContentAddressedRevisions(JsonMappers.create()));
        }
        return configuration.load();
    }
}
