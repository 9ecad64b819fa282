package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A consultation closes itself at its {@code closesAt}, whether or not anyone is online, and only once. */
class ConsultationDeadlineTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_CONSULTATION_MIN_DAYS", "21"));
    private static ApiClient steward;

    @BeforeAll
    static void parties() {
        Parties parties = new Parties(registry);
        parties.organisation("longpatienten", "patient");
        steward = parties.as("longpatienten", "org-admin");
    }

    private static String draft() {
        return steward.post("/api/v1/documents", Map.of("kind", "standard", "title", "COPD")).json().get("id").asText();
    }

    private static String openConsultation(Duration length) {
        String id = draft();
        ApiResponse opened = open(id, registry.clock().instant().plus(length).toString());
        assertEquals(200, opened.status(), opened.body());
        return id;
    }

    private static ApiResponse open(String id, String closesAt) {
        return steward.post("/api/v1/documents/" + id + "/transitions", Map.of("action", "open-consultation", "closesAt", closesAt));
    }

    private static String status(String id) {
        return steward.get("/api/v1/documents/" + id).json().get("status").asText();
    }

    private static List<JsonNode> closings(String id) {
        List<JsonNode> closings = new ArrayList<>();
        for (JsonNode event : registry.admin().get("/api/v1/events?document=" + id).json().get("items")) {
            String type = event.get("type").asText();
            if (type.equals("consultation.expired") || type.equals("document.close-consultation")) {
                closings.add(event);
            }
        }
        return closings;
    }

    @Test
    void aConsultationClosesItselfOnceItsClosingTimePasses() {
        String id = openConsultation(Duration.ofDays(22));
        registry.clock().advance(Duration.ofDays(21));
        assertEquals("consultation", status(id), "open until its closing time");
        registry.clock().advance(Duration.ofDays(1).plusSeconds(1));
        Eventually.until("the consultation closed itself", () -> status(id).equals("draft"));

        JsonNode closed = steward.get("/api/v1/documents/" + id).json();
        assertTrue(closed.get("consultationClosesAt").isNull());
        assertEquals(3, closed.get("revision").asInt(), "a revision of its own, as a manual close makes");
        List<JsonNode> closings = closings(id);
        assertEquals(1, closings.size());
        JsonNode event = closings.get(0);
        assertEquals("consultation.expired", event.get("type").asText());
        assertTrue(event.get("actor").isNull(), "Triade closed it, no account");
        assertTrue(event.get("organisation").isNull());
        assertEquals("draft", event.get("data").get("to").asText());
        JsonNode revisions = steward.get("/api/v1/documents/" + id + "/revisions").json().get("items");
        assertEquals("consultation-expired", revisions.get(2).get("note").asText());
        assertEquals("triade", revisions.get(2).get("author").asText());
        assertTrue(registry.admin().get("/api/v1/events/verify").json().get("valid").asBoolean());
    }

    @Test
    void aClosingTimeThatPassedWhileTheServerWasDownClosesTheConsultationAtStart() {
        String id = openConsultation(Duration.ofDays(30));
        registry.restartAfter(Duration.ofDays(31));
        Eventually.until("the consultation closed at start", () -> status(id).equals("draft"));
        assertEquals(1, closings(id).size());
    }

    @Test
    void aManualCloseAndTheClosingTimeCloseTheConsultationOnce() {
        String racing = openConsultation(Duration.ofDays(25));
        String later = openConsultation(Duration.ofDays(25).plusMinutes(1));
        registry.clock().advance(Duration.ofDays(25).plusMinutes(2));
        ApiResponse manual = steward.post("/api/v1/documents/" + racing + "/transitions", Map.of("action", "close-consultation"));
        assertTrue(manual.status() == 200 || "not-in-consultation".equals(manual.json().get("rule").asText()), manual.body());
        // the closer takes the earliest deadline first: once the later one is closed, the racing one had its turn
        Eventually.until("the later consultation closed itself", () -> status(later).equals("draft"));
        assertEquals("draft", status(racing));
        assertEquals(1, closings(racing).size(), "closed once, by whoever came first");
    }

    @Test
    void aManuallyClosedConsultationStaysClosedWhenItsClosingTimePasses() {
        String id = openConsultation(Duration.ofDays(23));
        assertEquals(200, steward.post("/api/v1/documents/" + id + "/transitions", Map.of("action", "close-consultation")).status());
        String witness = openConsultation(Duration.ofDays(23).plusMinutes(1));
        registry.clock().advance(Duration.ofDays(23).plusMinutes(2));
        Eventually.until("the witness consultation closed itself", () -> status(witness).equals("draft"));
        List<JsonNode> closings = closings(id);
        assertEquals(1, closings.size());
        assertEquals("document.close-consultation", closings.get(0).get("type").asText());
    }

    /**
     * The closer looks only every poll interval (here ten minutes, after its look at start); until it
     * has closed a consultation whose closing time passed, only participants still comment.
     */
    @Test
    void betweenTheClosingTimeAndTheClosersNextLookOnlyParticipantsComment() {
        try (RunningRegistry slow = RunningRegistry.start(false, Map.of("TRIADE_SUBMISSION_POLL_MS", "600000"))) {
            Parties parties = new Parties(slow);
            parties.organisation("hartpatienten", "patient");
            parties.organisation("verzekeraar-h", "insurer");
            ApiClient author = parties.as("hartpatienten", "org-admin");
            ApiClient outsider = parties.as("verzekeraar-h", "member");
            String id = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Hartfalen")).json().get("id").asText();
            assertEquals(200, author.post("/api/v1/documents/" + id + "/transitions", Consultations.opening(slow)).status());
            slow.clock().advance(Consultations.LENGTH.plusSeconds(1));
            ApiResponse late = outsider.post("/api/v1/documents/" + id + "/comments", Map.of("body", "Te laat."));
            assertEquals(409, late.status(), late.body());
            assertEquals("consultation-closed", late.json().get("rule").asText());
            assertEquals(201, author.post("/api/v1/documents/" + id + "/comments", Map.of("body", "Nog verwerken.")).status());
        }
    }

    @Test
    void aConsultationNeedsAClosingTimeAtLeastTheMinimumAhead() {
        String id = draft();
        ApiResponse missing = steward.post("/api/v1/documents/" + id + "/transitions", Map.of("action", "open-consultation"));
        assertEquals(400, missing.status());
        assertEquals("closesAt", missing.json().get("field").asText());
        assertEquals("required", missing.json().get("rule").asText());

        Instant now = registry.clock().instant();
        ApiResponse tooShort = open(id, now.plus(Duration.ofDays(20)).toString());
        assertEquals(400, tooShort.status());
        assertEquals("closesAt", tooShort.json().get("field").asText());
        assertEquals("consultation-too-short", tooShort.json().get("rule").asText());
        ApiResponse past = open(id, now.minus(Duration.ofDays(1)).toString());
        assertEquals("future", past.json().get("rule").asText());
        assertEquals("draft", status(id));

        assertEquals(200, open(id, now.plus(Duration.ofDays(21)).plusSeconds(60).toString()).status());
    }
}
