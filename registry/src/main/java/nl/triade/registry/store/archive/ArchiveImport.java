package nl.triade.registry.store.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.triade.registry.json.JsonMappers;
import nl.triade.registry.store.Engine;
import nl.triade.registry.store.document.SearchIndexRebuild;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Loads an archive into an empty database: refuses a target with any row in it and an archive of a
 * newer schema than this release knows, migrates the target to exactly the archive's schema version,
 * then loads every row, verifies the result and rebuilds the search index in one transaction, which
 * commits only when the hash chain and every content hash hold. A refusal leaves the target without
 * a row. Later migrations run at the next start, as on any upgrade.
 */
public final class ArchiveImport {
    /** From migration 11 on, revisions are stored as content parts, which the verification reads. */
    private static final MigrationVersion OLDEST = MigrationVersion.fromVersion("11");
    private final ObjectMapper registryJson = JsonMappers.create();

    public ArchiveSummary load(String url, Duration wait, Path archive) {
        ArchiveEngine engine = ArchiveEngine.of(url);
        SchemaVersions versions = new SchemaVersions(url, engine);
        // the folder of a new SQLite database file, as a start makes it
        Engine.createSqliteFolder(url);
        Jdbi target = engine.connect(url, wait);
        try (ArchiveLines lines = ArchiveLines.open(archive)) {
            ArchiveHeader header = ArchiveHeader.fromJson(lines.next());
            MigrationVersion version = MigrationVersion.fromVersion(header.schemaVersion());
            MigrationVersion newest = versions.newestShipped();
            if (version.compareTo(newest) > 0) {
                throw new ArchiveRefused("the archive was written at schema version " + version + ", newer than this release's "
                        + newest + ": import it with the release that wrote it, or a later one");
            }
            if (version.compareTo(OLDEST) < 0) {
                throw new ArchiveRefused("the archive was written at schema version " + version + "; this release imports from version "
                        + OLDEST + " on: start the old database once with this release, then export it again");
            }
            target.useHandle(handle -> requireEmpty(handle, version));
            versions.migrateTo(version);
            return target.inTransaction(handle -> load(handle, engine, header, lines));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read or write the target database: " + e.getMessage(), e);
        }
    }

    private static void requireEmpty(Handle handle, MigrationVersion archived) throws SQLException {
        for (String table : SchemaTables.names(handle.getConnection())) {
            if (handle.createQuery("SELECT 1 FROM " + Table.quoted(table) + " LIMIT 1").mapTo(Integer.class).findOne().isPresent()) {
                throw new ArchiveRefused("the target database is not empty (table " + table + " has rows): "
                        + "an archive is imported only into an empty database, so nothing in it is overwritten or mixed");
            }
        }
        SchemaVersions.current(handle).filter(current -> current.compareTo(archived) > 0).ifPresent(current -> {
            throw new ArchiveRefused("the target database is at schema version " + current + ", later than the archive's "
                    + archived + ": import into a new, empty database");
        });
    }

    private ArchiveSummary load(Handle handle, ArchiveEngine engine, ArchiveHeader header, ArchiveLines lines) throws SQLException {
        List<Table> tables = SchemaTables.read(handle.getConnection());
        Map<String, Table> byName = tables.stream().collect(Collectors.toMap(Table::name, Function.identity()));
        requireSameTables(header, byName);
        TableLoader loader = new TableLoader(handle.getConnection());
        for (ArchiveHeader.TableEntry entry : header.tables()) {
            JsonNode marker = lines.next();
            if (!entry.name().equals(marker.path("table").asText(null))) {
                throw new ArchiveRefused("line " + lines.number() + " of the archive should begin table " + entry.name());
            }
            loader.load(byName.get(entry.name()), entry.rows(), lines);
        }
        if (!lines.atEnd()) {
            throw new ArchiveRefused("the archive holds more lines than its header counts (from line " + lines.number() + ")");
        }
        new LoadedRegistryCheck(handle, registryJson, engine.engine()).firstFailure(header.head()).ifPresent(failure -> {
            throw new ArchiveRefused("the archive does not verify, so nothing was imported: " + failure);
        });
        SearchIndexRebuild.rebuild(handle, registryJson, engine.engine());
        engine.afterLoad(handle, tables);
        return new ArchiveSummary(header.schemaVersion(), header.head() == null ? 0 : header.head().seq(), header.tables().stream()
                .map(entry -> new ArchiveSummary.TableRows(entry.name(), entry.rows())).toList());
    }

    private static void requireSameTables(ArchiveHeader header, Map<String, Table> target) {
        Map<String, ArchiveHeader.TableEntry> archived = header.tables().stream()
                .collect(Collectors.toMap(ArchiveHeader.TableEntry::name, Function.identity(), (one, other) -> {
                    throw new ArchiveRefused("the archive lists table " + one.name() + " twice");
                }));
        if (!archived.keySet().equals(target.keySet())) {
            throw new ArchiveRefused("the archive's tables " + archived.keySet().stream().sorted().toList() + " are not the tables of schema version "
                    + header.schemaVersion() + " " + target.keySet().stream().sorted().toList());
        }
        for (ArchiveHeader.TableEntry entry : header.tables()) {
            List<ArchiveHeader.Column> expected = target.get(entry.name()).columns().stream()
                    .map(column -> new ArchiveHeader.Column(column.name(), column.type())).toList();
            if (!expected.equals(entry.columns())) {
                throw new ArchiveRefused("the archive's columns of table " + entry.name() + " are not those of schema version "
                        + header.schemaVersion() + ": " + entry.columns() + " instead of " + expected);
            }
        }
    }
}
