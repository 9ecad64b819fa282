package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import org.junit.jupiter.api.Test;

/** The audit log says what happened to a comment: a resolution is not recorded as a reopening, nor the other way round. */
class CommentAnswerEventsTest {

    @Test
    void resolvingAndReopeningAreEachRecordedAsWhatTheyAre() {
        try (RunningRegistry registry = RunningRegistry.start()) {
            Parties parties = new Parties(registry);
            parties.organisation("patienten", "patient");
            ApiClient author = parties.as("patienten", "member");
            String id = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Astma")).json().get("id").asText();
            String comment = author.post("/api/v1/documents/" + id + "/comments", Map.of("body", "Graag korter."))
                    .json().get("id").asText();
            String path = "/api/v1/documents/" + id + "/comments/" + comment;
            assertEquals(200, author.patch(path, Map.of("status", "resolved", "disposition", "rejected",
                    "rationale", "De lengte is nodig.")).status());
            assertEquals(200, author.patch(path, Map.of("status", "open")).status());

            List<String> types = new ArrayList<>();
            JsonNode resolved = null;
            for (JsonNode event : registry.admin().get("/api/v1/events?document=" + id).json().get("items")) {
                types.add(event.get("type").asText());
                if (event.get("type").asText().equals("comment.resolved")) {
                    resolved = event;
                }
            }
            assertEquals(List.of("document.created", "comment.created", "comment.resolved", "comment.reopened"), types);
            assertEquals("rejected", resolved.get("data").get("disposition").asText());
            assertEquals("De lengte is nodig.", resolved.get("data").get("rationale").asText());
        }
    }
}
