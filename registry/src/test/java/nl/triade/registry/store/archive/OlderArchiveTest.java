package nl.triade.registry.store.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import nl.triade.registry.store.Database;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * An archive written by an earlier release loads into tables as that release had them (the target
 * is migrated to exactly the archive's version first), and the first start migrates the rest, as
 * on any upgrade.
 */
class OlderArchiveTest {

    @Test
    void anArchiveOfAnEarlierSchemaLoadsAtItsVersionAndTheFirstStartMigratesTheRest() throws IOException, SQLException {
        Path archive = Files.createTempFile("triade-older", ".triade");
        Files.write(archive, ArchiveGoldenTest.export(FixedRegistry.at("18")));
        String target = "jdbc:sqlite:" + Files.createTempDirectory("triade-older").resolve("target.db");

        ArchiveSummary summary = new ArchiveImport().load(target, ArchiveGoldenTest.WAIT, archive);

        assertEquals("18", summary.schemaVersion());
        assertEquals(MigrationVersion.fromVersion("18"), Jdbi.create(target).withHandle(SchemaVersions::current).orElseThrow());
        try (Database started = Database.open(target, Duration.ofSeconds(5))) {
            int organisations = started.reader().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM organisations")
                    .mapTo(Integer.class).one());
            assertEquals(2, organisations);
            int passwordTables = started.reader().withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM sqlite_master WHERE name = 'passwords'").mapTo(Integer.class).one());
            assertEquals(1, passwordTables, "migration 21 ran at the first start");
        }
    }
}
