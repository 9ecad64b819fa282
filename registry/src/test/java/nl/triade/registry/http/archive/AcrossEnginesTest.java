package nl.triade.registry.http.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Moving from SQLite to PostgreSQL and back (issue 13's acceptance): the demo registry exported
 * from SQLite, imported into an empty PostgreSQL database and served from it, exported again,
 * imported into a new SQLite file and served from that. Every document, revision and content hash
 * a person sees stays the same, the chain verifies in each house, and the three archives are
 * byte for byte the same.
 */
@Tag("sqlite-only") // it crosses the engines itself, starting from SQLite
class AcrossEnginesTest {
    @Test
    void theDemoRegistryMovesToPostgresqlAndBackWithEveryHashAndAValidChain() throws IOException {
        Path folder = Files.createTempDirectory("triade-across");
        Path fromSqlite = folder.resolve("from-sqlite.triade");
        Map<String, JsonNode> before;
        Path keys;
        try (RunningRegistry demo = RunningRegistry.start(true, Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
                folder.resolve("outbox").toString()), "toetsingskader", "patient-perspective", "insurer-review", "register-outbox",
                "webhook")) {
            before = MovingHouseTest.views(demo);
            keys = demo.keysFolder();
            assertExported(Map.of("TRIADE_DB_URL", demo.jdbcUrl(), "TRIADE_KEYS_DIR", keys.toString()), fromSqlite);
        }

        String postgresql = TestDatabases.createEmptyOnPostgresql();
        Path fromPostgresql = folder.resolve("from-postgresql.triade");
        Map<String, String> onPostgresql = Map.of("TRIADE_DB_URL", postgresql, "TRIADE_KEYS_DIR", keys.toString());
        assertImported(onPostgresql, fromSqlite);
        try (RunningRegistry moved = RunningRegistry.startOn(postgresql, keys)) {
            assertEquals(before, MovingHouseTest.views(moved));
        }
        assertExported(onPostgresql, fromPostgresql);
        assertArrayEquals(Files.readAllBytes(fromSqlite), Files.readAllBytes(fromPostgresql));

        String back = "jdbc:sqlite:" + folder.resolve("back").resolve("triade.db");
        Map<String, String> onSqliteAgain = Map.of("TRIADE_DB_URL", back, "TRIADE_KEYS_DIR", keys.toString());
        assertImported(onSqliteAgain, fromPostgresql);
        try (RunningRegistry returned = RunningRegistry.startOn(back, keys)) {
            assertEquals(before, MovingHouseTest.views(returned));
        }
        Path fromSqliteAgain = folder.resolve("from-sqlite-again.triade");
        assertExported(onSqliteAgain, fromSqliteAgain);
        assertArrayEquals(Files.readAllBytes(fromSqlite), Files.readAllBytes(fromSqliteAgain));
    }

    private static void assertExported(Map<String, String> environment, Path archive) {
        CommandOutcome exported = CommandOutcome.export(environment, archive);
        assertEquals(0, exported.status(), exported.toString());
    }

    private static void assertImported(Map<String, String> environment, Path archive) {
        CommandOutcome imported = CommandOutcome.load(environment, archive);
        assertEquals(0, imported.status(), imported.toString());
        assertTrue(imported.out().contains("the chain and every content hash verified"), imported.toString());
    }
}
