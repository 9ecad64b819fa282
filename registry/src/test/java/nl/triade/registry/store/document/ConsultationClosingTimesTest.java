package nl.triade.registry.store.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import nl.triade.registry.store.LaterMigrations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The closing times of consultations: a column with its own index, filled by migration V13 for the
 * consultations an earlier release opened, so the closer neither misses those nor reads every document.
 */
@Tag("sqlite-only") // it reads SQLite query plans and upgrades a SQLite file
class ConsultationClosingTimesTest {

    @Test
    void aConsultationOpenedBeforeTheUpgradeClosesItselfAfterIt() throws Exception {
        Path database;
        String id;
        try (RunningRegistry old = RunningRegistry.start()) {
            Parties parties = new Parties(old);
            parties.organisation("astmafonds", "patient");
            ApiClient steward = parties.as("astmafonds", "org-admin");
            id = steward.post("/api/v1/documents", Map.of("kind", "standard", "title", "Astma")).json().get("id").asText();
            ApiResponse opened = steward.post("/api/v1/documents/" + id + "/transitions", Consultations.opening(old));
            assertEquals(200, opened.status(), opened.body());
            database = Path.of(old.jdbcUrl().substring("jdbc:sqlite:".length()));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            LaterMigrations.undoFrom(connection, 13);
        }
        try (RunningRegistry upgraded = RunningRegistry.startOn(database)) {
            upgraded.clock().advance(Consultations.LENGTH.plus(Duration.ofMinutes(1)));
            Eventually.until("the consultation opened before the upgrade closed itself", () -> status(upgraded, id).equals("draft"));
        }
    }

    @Test
    void dueConsultationsAreFoundThroughTheIndexOnTheirClosingTime() throws Exception {
        try (RunningRegistry registry = RunningRegistry.start();
             Connection connection = DriverManager.getConnection(registry.jdbcUrl());
             Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("EXPLAIN QUERY PLAN " + JdbiDocumentRepository.CONSULTATIONS_DUE
                     .replace(":moment", "'2026-01-01T00:00:00.000Z'").replace(":limit", "50"))) {
            List<String> steps = new ArrayList<>();
            while (plan.next()) {
                steps.add(plan.getString("detail"));
            }
            assertEquals(1, steps.size(), steps.toString());
            assertTrue(steps.get(0).startsWith("SEARCH documents USING INDEX documents_consultation_closes"), steps.toString());
        }
    }

    private static String status(RunningRegistry registry, String id) {
        return registry.admin().get("/api/v1/documents/" + id).json().get("status").asText();
    }
}
