package nl.triade.registry.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/** A reviewer's comment that arrives after the consultation closed is not posted: the commentaarfase has an end. */
class LateReviewerTest {

    @Test
    void aReviewersCommentAfterTheConsultationClosedIsDroppedAndRecorded() {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_TIMEOUT_MS", "4000",
                "TRIADE_PLUGIN_MISBEHAVING_ORGANISATION", "verzekeraar", "TRIADE_PLUGIN_MISBEHAVING_LATE_MS", "1500"),
                "misbehaving")) {
            Parties parties = new Parties(registry);
            parties.organisation("patienten", "patient");
            parties.organisation("verzekeraar", "insurer");
            ApiClient steward = parties.as("patienten", "org-admin");
            String id = steward.post("/api/v1/documents", Map.of("kind", "standard", "title", "Standaard")).json().get("id").asText();
            String transitions = "/api/v1/documents/" + id + "/transitions";
            assertEquals(200, steward.post(transitions, Consultations.opening(registry)).status());
            assertEquals(200, steward.post(transitions, Map.of("action", "close-consultation")).status());

            JsonNode dropped = awaitEvent(registry, id, "its comment was not posted");
            assertTrue(dropped.get("data").get("reason").asText().contains("closed"), dropped.toString());
            assertEquals("plugin:misbehaving", dropped.get("actor").asText());
            assertEquals(0, steward.get("/api/v1/documents/" + id + "/comments").json().get("items").size());
        }
    }

    private static JsonNode awaitEvent(RunningRegistry registry, String documentId, String reason) {
        return Eventually.found("a review.failed event saying '" + reason + "'", () -> {
            for (JsonNode event : registry.admin().get("/api/v1/events?document=" + documentId).json().get("items")) {
                if (event.get("type").asText().equals("review.failed") && event.get("data").get("reason").asText().contains(reason)) {
                    return Optional.of(event);
                }
            }
            return Optional.empty();
        });
    }
}
