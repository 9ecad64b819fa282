package nl.triade.registry.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import org.junit.jupiter.api.Test;

/** A reviewer's comment that arrives after the consultation closed is not posted: the commentaarfase has an end. */
class LateReviewerTest {

    @Test
    void aReviewersCommentAfterTheConsultationClosedIsDroppedAndRecorded() throws InterruptedException {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_TIMEOUT_MS", "4000",
                "TRIADE_PLUGIN_MISBEHAVING_ORGANISATION", "verzekeraar", "TRIADE_PLUGIN_MISBEHAVING_LATE_MS", "1500"),
                "misbehaving")) {
            Parties parties = new Parties(registry);
            parties.organisation("patienten", "patient");
            parties.organisation("verzekeraar", "insurer");
            ApiClient steward = registry.as(parties.token("patienten", "org-admin"));
            String id = steward.post("/api/v1/documents", Map.of("kind", "standard", "title", "Standaard")).json().get("id").asText();
            String transitions = "/api/v1/documents/" + id + "/transitions";
            assertEquals(200, steward.post(transitions, Map.of("action", "open-consultation")).status());
            assertEquals(200, steward.post(transitions, Map.of("action", "close-consultation")).status());

            JsonNode dropped = awaitEvent(registry, id, "its comment was not posted");
            assertTrue(dropped.get("data").get("reason").asText().contains("closed"), dropped.toString());
            assertEquals("plugin:misbehaving", dropped.get("actor").asText());
            assertEquals(0, steward.get("/api/v1/documents/" + id + "/comments").json().get("items").size());
        }
    }

    private static JsonNode awaitEvent(RunningRegistry registry, String documentId, String reason) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode event : registry.admin().get("/api/v1/events?document=" + documentId).json().get("items")) {
                if (event.get("type").asText().equals("review.failed") && event.get("data").get("reason").asText().contains(reason)) {
                    return event;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no review.failed event saying '" + reason + "' within 30 s; the document's events: "
                + registry.admin().get("/api/v1/events?document=" + documentId).body());
    }
}
