package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.DriverManager;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.Test;

class AuditApiTest {

    @Test
    void everyChangeIsAChainedEventAndTheChainVerifies() {
        try (RunningRegistry registry = RunningRegistry.start()) {
            new Parties(registry).organisation("nierpatienten", "patient");
            ApiResponse events = registry.admin().get("/api/v1/events");
            assertEquals(200, events.status());
            JsonNode items = events.json().get("items");
            JsonNode created = items.get(items.size() - 1);
            assertEquals("organisation.created", created.get("type").asText());
            assertEquals("nierpatienten", created.get("data").get("slug").asText());
            assertEquals(items.get(items.size() - 2).get("hash").asText(), created.get("previousHash").asText());

            ApiResponse verified = registry.admin().get("/api/v1/events/verify");
            assertEquals(200, verified.status());
            assertTrue(verified.json().get("valid").asBoolean());
            assertEquals(items.size(), verified.json().get("checked").asInt());
        }
    }

    @Test
    void aTamperedEventRowIsDetectedAtItsSeq() throws Exception {
        try (RunningRegistry registry = RunningRegistry.start()) {
            Parties parties = new Parties(registry);
            parties.organisation("one", "patient");
            parties.organisation("two", "provider");
            parties.organisation("three", "insurer");
            long seq = registry.admin().get("/api/v1/events").json().get("items").get(2).get("seq").asLong();
            try (var connection = DriverManager.getConnection(registry.jdbcUrl());
                 var statement = connection.prepareStatement("UPDATE events SET data = ? WHERE seq = ?")) {
                statement.setString(1, "{\"slug\":\"forged\"}");
                statement.setLong(2, seq);
                assertEquals(1, statement.executeUpdate());
            }
            JsonNode verdict = registry.admin().get("/api/v1/events/verify").json();
            assertFalse(verdict.get("valid").asBoolean());
            assertEquals(seq, verdict.get("brokenAt").asLong());
        }
    }

    @Test
    void aDeletedEventRowIsDetected() throws Exception {
        try (RunningRegistry registry = RunningRegistry.start()) {
            Parties parties = new Parties(registry);
            parties.organisation("een", "patient");
            parties.organisation("twee", "provider");
            try (var connection = DriverManager.getConnection(registry.jdbcUrl());
                 var statement = connection.prepareStatement("DELETE FROM events WHERE seq = 2")) {
                assertEquals(1, statement.executeUpdate());
            }
            JsonNode verdict = registry.admin().get("/api/v1/events/verify").json();
            assertFalse(verdict.get("valid").asBoolean());
            assertEquals(3, verdict.get("brokenAt").asLong());
        }
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        try (RunningRegistry registry = RunningRegistry.start()) {
            Parties parties = new Parties(registry);
            parties.organisation("leden", "patient");
            String member = parties.token("leden", "org-admin");
            assertEquals(403, registry.as(member).get("/api/v1/events").status());
            assertEquals(403, registry.as(member).get("/api/v1/events/verify").status());
            assertEquals(401, registry.anonymous().get("/api/v1/events").status());
        }
    }

    @Test
    void acknowledgedChangesSurviveARestart() {
        try (RunningRegistry registry = RunningRegistry.start()) {
            Parties parties = new Parties(registry);
            parties.organisation("blijvend", "patient");
            String token = parties.token("blijvend", "member");
            registry.restart();
            assertEquals(200, registry.as(token).get("/api/v1/organisations/blijvend").status());
            assertTrue(registry.admin().get("/api/v1/events/verify").json().get("valid").asBoolean());
        }
    }
}
