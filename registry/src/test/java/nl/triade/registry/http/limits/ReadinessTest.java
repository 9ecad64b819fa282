package nl.triade.registry.http.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.TestDatabases;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.store.Engine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /ready} says whether the service can serve, and a request that cannot get at the database
 * in time is told so with a {@code 503} instead of waiting for minutes or failing with a {@code 500}.
 * The database is made unable to take writes the way it happens in production: another process
 * holds its write lock (on SQLite a backup tool or an operator's {@code sqlite3} shell, on
 * PostgreSQL another Triade instance in the middle of a write).
 */
class ReadinessTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static ApiClient member;

    @BeforeAll
    static void start() {
        Parties parties = new Parties(registry);
        parties.organisation("astmafonds", "patient");
        member = parties.as("astmafonds", "member");
    }

    @Test
    void whileAnotherProcessHoldsTheWriteLockTheServiceIsNotReadyAndWritesAreToldToRetry() throws SQLException {
        assertEquals(200, registry.anonymous().get("/ready").status());
        try (Connection outsider = DriverManager.getConnection(registry.jdbcUrl());
             Statement statement = outsider.createStatement()) {
            statement.execute(TestDatabases.postgresql() ? "SELECT pg_advisory_lock(" + Engine.WRITE_LOCK + ")" : "BEGIN IMMEDIATE");

            ApiResponse ready = registry.anonymous().get("/ready");
            assertEquals(503, ready.status(), ready.body());
            assertEquals("urn:triade:problem:unavailable", ready.json().get("type").asText());
            assertEquals("up", registry.anonymous().get("/health").json().get("status").asText(),
                    "liveness stays up: restarting would not help");

            ApiResponse write = member.post("/api/v1/documents", Map.of("kind", "standard", "title", "Astma"));
            assertEquals(503, write.status(), write.body());
            assertEquals("urn:triade:problem:unavailable", write.json().get("type").asText());
            assertTrue(Integer.parseInt(write.header("Retry-After")) >= 1, write.headers().toString());

            assertEquals(200, member.get("/api/v1/me").status(), "reads go on beside a held write lock");
            statement.execute(TestDatabases.postgresql() ? "SELECT pg_advisory_unlock(" + Engine.WRITE_LOCK + ")" : "ROLLBACK");
        }
        assertEquals(200, registry.anonymous().get("/ready").status());
        assertEquals(201, member.post("/api/v1/documents", Map.of("kind", "standard", "title", "Astma")).status());
    }
}
