package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/**
 * Two instances of one registry on one database (issue 13): when the clock passes the closing time
 * of several consultations at once, every lease has run out too and both instances reach for the
 * closing round; each consultation still closes once. The closer was safe to run twice already (it
 * closes a consultation only if it is still open, in the write that closes it); the lease keeps the
 * second instance from trying.
 */
class ClosingAcrossInstancesTest {
    private static final int CONSULTATIONS = 6;

    @Test
    void consultationsDueAtOnceCloseOnceWithTwoInstancesRunning() {
        try (RunningRegistry first = RunningRegistry.start(false, Map.of("TRIADE_SUBMISSION_POLL_MS", "20", "TRIADE_RATE_LIMITS", "off"));
             RunningRegistry second = first.secondInstance()) {
            Parties parties = new Parties(first);
            parties.organisation("longpatienten", "patient");
            ApiClient steward = parties.as("longpatienten", "org-admin");
            List<String> documents = new ArrayList<>();
            for (int i = 0; i < CONSULTATIONS; i++) {
                String id = steward.post("/api/v1/documents", Map.of("kind", "standard", "title", "COPD " + i)).json().get("id").asText();
                ApiResponse opened = steward.post("/api/v1/documents/" + id + "/transitions", Map.of("action", "open-consultation",
                        "closesAt", first.clock().instant().plus(Duration.ofDays(29)).toString()));
                assertEquals(200, opened.status(), opened.body());
                documents.add(id);
            }

            first.clock().advance(Duration.ofDays(30));

            for (String id : documents) {
                Eventually.until("consultation " + id + " closed itself",
                        () -> second.admin().get("/api/v1/documents/" + id).json().get("status").asText().equals("draft"));
                assertEquals(1, closings(first, id), "closed once: " + id);
            }
        }
    }

    private static long closings(RunningRegistry registry, String document) {
        long closings = 0;
        for (JsonNode event : registry.admin().get("/api/v1/events?document=" + document).json().get("items")) {
            if (event.get("type").asText().equals("consultation.expired")) {
                closings++;
            }
        }
        return closings;
    }
}
