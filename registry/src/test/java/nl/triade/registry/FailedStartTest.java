package nl.triade.registry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.app.Triade;
import nl.triade.registry.config.ConfigLoader;
import nl.triade.registry.config.TriadeConfig;
import nl.triade.registry.http.RunningRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that fails after the database was opened closes it again, so the process (or a test, or
 * an embedding application) does not keep the file open. SQLite says so itself: the write-ahead log
 * ({@code triade.db-wal}) exists while a connection is open and is removed when the last one closes.
 */
@Tag("sqlite-only") // its starts fail on a SQLite file by design; the engine makes no difference to what is closed
class FailedStartTest {

    @TempDir
    Path folder;

    @BeforeEach
    void pluginsFolder() throws IOException {
        Files.createDirectories(folder.resolve("plugins"));
    }

    @Test
    void aPortInUseClosesTheDatabase() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertStartFailsAndLeavesTheDatabaseClosed(Map.of("TRIADE_PORT", Integer.toString(taken.getLocalPort())));
        }
    }

    @Test
    void anUnreadablePluginSettingsFileClosesTheDatabase() throws IOException {
        Files.writeString(folder.resolve("plugins").resolve("plugins.properties"), "insurer-review.organisation=\\uZZZZ\n");
        assertStartFailsAndLeavesTheDatabaseClosed(Map.of());
    }

    @Test
    void aKeyFolderThatIsAFileClosesTheDatabase() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("keys"), "not a folder");
        assertStartFailsAndLeavesTheDatabaseClosed(Map.of("TRIADE_KEYS_DIR", notAFolder.toString()));
    }

    @Test
    void aMigrationThatFailsClosesTheDatabase() throws SQLException {
        Triade.start(config(Map.of())).close();
        failTheNewestMigration();
        assertStartFailsAndLeavesTheDatabaseClosed(Map.of());
    }

    /**
     * The database opens beside the start while the HTTP server is made and starts listening: when the opening fails, the
     * server it had started is stopped again, and its port is free for the next start.
     */
    @Test
    void aDatabaseThatFailsToOpenLetsGoOfThePort() throws SQLException, IOException, InterruptedException {
        Triade.start(config(Map.of())).close();
        failTheNewestMigration();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        assertStartFailsAndLeavesTheDatabaseClosed(Map.of("TRIADE_PORT", Integer.toString(port)));
        // whatever a start made beside has made it by now, a server that listens among it
        for (Thread beside : Thread.getAllStackTraces().keySet()) {
            if (beside.getName().startsWith("triade-start-")) {
                beside.join(Duration.ofMinutes(1).toMillis());
            }
        }
        try (ServerSocket again = new ServerSocket(port)) {
            assertTrue(again.isBound());
        }
    }

    private void failTheNewestMigration() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl()); Statement statement = connection.createStatement()) {
            // As if the newest migration had failed part-way: Flyway refuses to go on until it is repaired.
            statement.executeUpdate("UPDATE flyway_schema_history SET success = 0 WHERE installed_rank = "
                    + "(SELECT MAX(installed_rank) FROM flyway_schema_history)");
        }
    }

    private void assertStartFailsAndLeavesTheDatabaseClosed(Map<String, String> settings) {
        assertThrows(RuntimeException.class, () -> Triade.start(config(settings)));

        assertTrue(Files.exists(database()), "the start failed after opening the database");
        assertFalse(Files.exists(Path.of(database() + "-wal")), "the database is still open: its write-ahead log is there");
    }

    private Path database() {
        return folder.resolve("triade.db");
    }

    private String jdbcUrl() {
        return "jdbc:sqlite:" + database();
    }

    private TriadeConfig config(Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>();
        environment.put("TRIADE_PORT", "0");
        environment.put("TRIADE_DB_URL", jdbcUrl());
        environment.put("TRIADE_PLUGINS_DIR", folder.resolve("plugins").toString());
        environment.put("TRIADE_ADMIN_TOKEN", RunningRegistry.ADMIN_TOKEN);
        environment.putAll(settings);
        return ConfigLoader.load(environment, List.of());
    }
}
