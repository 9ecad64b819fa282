package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SQLite's checkpoints run beside the writer (store/WalCheckpoints): what a write commits reaches the
 * database file itself shortly after, while the server runs, not only when the log has grown past
 * SQLite's own threshold of a thousand pages (which a single write is far from) or at shutdown.
 */
class WriteAheadLogTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();

    @TempDir
    Path copies;

    @Test
    void aCommittedWriteIsCopiedIntoTheDatabaseFileBesideTheWriter() {
        Assumptions.assumeFalse(TestDatabases.postgresql(), "PostgreSQL checkpoints by itself");
        Parties parties = new Parties(registry);
        parties.organisation("wal-schrijvers", "patient");
        ApiClient author = parties.as("wal-schrijvers", "org-admin");
        ApiResponse created = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Uit het logboek"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().get("id").asText();
        Path file = Path.of(registry.jdbcUrl().substring("jdbc:sqlite:".length()));

        Eventually.until("the document is in the database file, read without its write-ahead log", () -> inFileAlone(file, id));

        PrometheusScrape scrape = PrometheusScrape.of(registry.admin().get("/metrics"));
        assertTrue(scrape.value("triade_sqlite_checkpoints_total", Map.of("outcome", "complete")) >= 1, scrape.text());
    }

    /** A copy of the database file alone holds only what was checkpointed; a copy torn by a checkpoint under way is read again. */
    private boolean inFileAlone(Path file, String id) {
        Path copy = copies.resolve("alone-" + System.nanoTime() + ".db");
        try {
            Files.copy(file, copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
             PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM documents WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        } catch (SQLException torn) {
            return false;
        }
    }
}
