package nl.triade.registry.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/** Automated reviewers from real plugin jars, run in the background when a consultation opens. */
class ReviewerTest {

    private record Setup(ApiClient author, ApiClient steward, String documentId) {
    }

    private static Setup instrumentWithUnsourcedIndicator(RunningRegistry registry) {
        Parties parties = new Parties(registry);
        parties.organisation("patienten", "patient");
        parties.organisation("verzekeraar", "insurer");
        ApiClient author = parties.as("patienten", "member");
        ApiClient steward = parties.as("patienten", "org-admin");
        String standard = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Standaard")).json().get("id").asText();
        String id = author.post("/api/v1/documents", Map.of("kind", "instrument", "title", "Instrument", "standardId", standard))
                .json().get("id").asText();
        author.put("/api/v1/documents/" + id + "/indicators/voet", Map.of("title", "Voetonderzoek", "type", "process",
                "numerator", "onderzocht", "denominator", "allen"), "If-None-Match", "*");
        return new Setup(author, steward, id);
    }

    /** The first non-empty answer of {@code probe}: what a reviewer running in the background brought about. */
    private static JsonNode eventually(String what, Supplier<JsonNode> probe) {
        return Eventually.found(what, () -> Optional.of(probe.get()).filter(items -> !items.isEmpty()));
    }

    @Test
    void theInsurerReviewerCommentsAsItsOrganisationWhenTheConsultationOpens() {
        try (RunningRegistry registry = RunningRegistry.start(false,
                Map.of("TRIADE_PLUGIN_INSURER_REVIEW_ORGANISATION", "verzekeraar"), "insurer-review")) {
            Setup setup = instrumentWithUnsourcedIndicator(registry);
            assertEquals(200, setup.steward().post("/api/v1/documents/" + setup.documentId() + "/transitions",
                    Consultations.opening(registry)).status());
            JsonNode comments = eventually("the reviewer's comment", () -> setup.author().get("/api/v1/documents/" + setup.documentId() + "/comments")
                    .json().get("items"));
            assertEquals(1, comments.size(), comments.toString());
            JsonNode comment = comments.get(0);
            assertEquals("plugin:insurer-review", comment.get("source").asText());
            assertEquals("verzekeraar", comment.get("organisation").asText());
            assertTrue(comment.get("body").asText().contains("'voet' heeft geen gegevensbron"));
            ApiResponse answered = setup.author().patch("/api/v1/documents/" + setup.documentId() + "/comments/"
                    + comment.get("id").asText(), Map.of("status", "resolved", "disposition", "accepted",
                    "rationale", "Bron toegevoegd."));
            assertEquals(200, answered.status(), "answered like any other comment");
        }
    }

    @Test
    void aReviewerWithoutItsOrganisationIsNotConfiguredAndNotCalled() {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of(), "insurer-review")) {
            JsonNode plugin = registry.admin().get("/api/v1/plugins").json().get("items").get(0);
            assertFalse(plugin.get("configured").asBoolean());
            assertEquals("organisation", plugin.get("missingSettings").get(0).asText());
        }
    }

    @Test
    void openingAConsultationNeverWaitsForAHangingReviewer() {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_TIMEOUT_MS", "3000",
                "TRIADE_PLUGIN_MISBEHAVING_ORGANISATION", "verzekeraar"), "misbehaving")) {
            Setup setup = instrumentWithUnsourcedIndicator(registry);
            long start = System.nanoTime();
            ApiResponse opened = setup.steward().post("/api/v1/documents/" + setup.documentId() + "/transitions",
                    Consultations.opening(registry));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, opened.status());
            // Waiting for the reviewer would take the whole 3 s time limit; the margin keeps a busy machine from failing the test.
            assertTrue(millis < 2500, "opening took " + millis + " ms: it must not wait for the reviewer");
            JsonNode failures = eventually("the hanging reviewer's failure", () -> {
                JsonNode events = registry.admin().get("/api/v1/events?document=" + setup.documentId()).json().get("items");
                var failed = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
                events.forEach(event -> {
                    if (event.get("type").asText().equals("review.failed")) {
                        failed.add(event);
                    }
                });
                return failed;
            });
            assertEquals(1, failures.size());
            assertTrue(failures.get(0).get("data").get("reason").asText().contains("did not answer within 3000 ms"));
            assertEquals("verzekeraar", failures.get(0).get("organisation").asText(), "the failure is of the reviewer acting for it");
            assertEquals(0, setup.author().get("/api/v1/documents/" + setup.documentId() + "/comments").json().get("items").size());
        }
    }

    @Test
    void aFloodOfCommentsIsCutAndClipped() {
        // The default time limit: making 600 long comments takes real time on a loaded machine, and a cut call is another test's matter.
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of(
                "TRIADE_PLUGIN_MISBEHAVING_ORGANISATION", "verzekeraar", "TRIADE_PLUGIN_MISBEHAVING_FLOOD", "yes"), "misbehaving")) {
            Setup setup = instrumentWithUnsourcedIndicator(registry);
            setup.steward().post("/api/v1/documents/" + setup.documentId() + "/transitions", Consultations.opening(registry));
            String events = "/api/v1/events?document=" + setup.documentId() + "&limit=200";
            JsonNode cut = eventually("the flood is cut", () -> {
                var found = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
                registry.admin().get(events).json().get("items").forEach(event -> {
                    if (event.get("type").asText().equals("review.failed")
                            && event.get("data").get("reason").asText().contains("returned 600 comments")) {
                        found.add(event);
                    }
                });
                return found;
            });
            assertEquals("the reviewer returned 600 comments; the first 500 are posted", cut.get(0).get("data").get("reason").asText());

            String comments = "/api/v1/documents/" + setup.documentId() + "/comments?limit=200";
            Eventually.until("the first 500 comments are posted", () -> allPages(setup.author(), comments).size() >= 500);
            // Closing the consultation ends the flood: a plugin's comment is never posted after it.
            assertEquals(200, setup.steward().post("/api/v1/documents/" + setup.documentId() + "/transitions",
                    Map.of("action", "close-consultation")).status());
            List<JsonNode> posted = allPages(setup.author(), comments);
            posted.forEach(comment -> assertEquals(20_000, comment.get("body").asText().length(), "a long comment is clipped"));
            assertEquals(500, posted.size());
        }
    }

    @Test
    void aReviewerWhoseAnswerBreaksWhenReadIsRecordedAsItsFailure() {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_TIMEOUT_MS", "300",
                "TRIADE_PLUGIN_MISBEHAVING_ORGANISATION", "verzekeraar", "TRIADE_PLUGIN_MISBEHAVING_BRITTLE", "yes"),
                "misbehaving")) {
            Setup setup = instrumentWithUnsourcedIndicator(registry);
            assertEquals(200, setup.steward().post("/api/v1/documents/" + setup.documentId() + "/transitions",
                    Consultations.opening(registry)).status());
            JsonNode broken = eventually("the broken answer's failure", () -> {
                var found = new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
                registry.admin().get("/api/v1/events?document=" + setup.documentId()).json().get("items").forEach(event -> {
                    if (event.get("type").asText().equals("review.failed")
                            && event.get("data").get("reason").asText().contains("a list that breaks when read")) {
                        found.add(event);
                    }
                });
                return found;
            });
            assertEquals(1, broken.size(), "the broken answer is recorded as the reviewer's failure");
            assertEquals("the reviewer failed: IllegalStateException: a list that breaks when read",
                    broken.get(0).get("data").get("reason").asText());
        }
    }

    private static List<JsonNode> allPages(ApiClient client, String path) {
        List<JsonNode> items = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = client.get(path + (next == null ? "" : "&cursor=" + next)).json();
            page.get("items").forEach(items::add);
            next = page.get("next").isNull() ? null : page.get("next").asText();
        } while (next != null);
        return items;
    }
}
