package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransitionApiTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static ApiClient patientAdmin;
    private static ApiClient patientMember;
    private static ApiClient providerAdmin;
    private static ApiClient outsider;
    private static ApiClient insurerAdmin;

    @BeforeAll
    static void start() {
        Parties parties = new Parties(registry);
        parties.organisation("nierpatienten", "patient");
        parties.organisation("nefrologen", "provider");
        parties.organisation("verzekeraar", "insurer");
        parties.organisation("buitenstaander", "insurer");
        patientAdmin = parties.as("nierpatienten", "org-admin");
        patientMember = parties.as("nierpatienten", "member");
        providerAdmin = parties.as("nefrologen", "org-admin");
        outsider = parties.as("buitenstaander", "org-admin");
        insurerAdmin = parties.as("verzekeraar", "org-admin");
    }

    private static String draft() {
        return patientMember.post("/api/v1/documents", Map.of("kind", "standard", "title", "Nierschade")).json().get("id").asText();
    }

    private static ApiResponse transition(ApiClient client, String id, Map<String, Object> body) {
        return client.post("/api/v1/documents/" + id + "/transitions", body);
    }

    private static ApiResponse transition(ApiClient client, String id, String action) {
        return transition(client, id, Map.of("action", action));
    }

    private static void participant(String id, String organisation, Map<String, Object> body) {
        String etag = patientMember.get("/api/v1/documents/" + id).etag();
        assertEquals(201, patientMember.put("/api/v1/documents/" + id + "/participants/" + organisation, body,
                "If-Match", etag).status());
    }

    @Test
    void aConsultationOpensFreezesTheContentAndCloses() {
        String id = draft();
        String closesAt = registry.clock().instant().plus(Consultations.LENGTH).truncatedTo(ChronoUnit.SECONDS).toString();
        ApiResponse opened = transition(patientAdmin, id, Map.of("action", "open-consultation", "closesAt", closesAt));
        assertEquals(200, opened.status(), opened.body());
        assertEquals("consultation", opened.json().get("status").asText());
        assertEquals(closesAt, opened.json().get("consultationClosesAt").asText());
        assertEquals("\"2\"", opened.etag());

        ApiResponse frozen = patientMember.put("/api/v1/documents/" + id + "/sections/tekst",
                Map.of("title", "Tekst", "body", "te laat"), "If-None-Match", "*");
        assertEquals(409, frozen.status());
        assertEquals("not-draft", frozen.json().get("rule").asText());
        assertEquals(200, outsider.get("/api/v1/documents/" + id).status(), "a consultation is open to every account");

        ApiResponse closed = transition(patientAdmin, id, "close-consultation");
        assertEquals("draft", closed.json().get("status").asText());
        assertTrue(closed.json().get("consultationClosesAt").isNull());
        ApiResponse again = transition(patientAdmin, id, "close-consultation");
        assertEquals(409, again.status());
        assertEquals("not-in-consultation", again.json().get("rule").asText());
    }

    @Test
    void authorisationNeedsEveryPartyOrAMotivatedRefusal() {
        String id = draft();
        ApiResponse alone = transition(patientAdmin, id, "request-authorisation");
        assertEquals(409, alone.status());
        assertEquals("parties-incomplete", alone.json().get("rule").asText());
        assertTrue(alone.json().get("detail").asText().contains("provider"));

        participant(id, "nefrologen", Map.of("role", "author"));
        participant(id, "verzekeraar", Map.of("role", "commenter"));
        String etag = patientMember.get("/api/v1/documents/" + id).etag();
        assertEquals(200, insurerAdmin.put("/api/v1/documents/" + id + "/participants/verzekeraar",
                Map.of("role", "declined", "motivation", "Geen inkoopbeleid voor deze aandoening."), "If-Match", etag).status());
        ApiResponse unvalidated = transition(patientAdmin, id, "request-authorisation");
        assertEquals(409, unvalidated.status());
        assertEquals("validation-errors", unvalidated.json().get("rule").asText());
        assertEquals(201, patientMember.post("/api/v1/documents/" + id + "/validations", Map.of()).status());
        ApiResponse requested = transition(patientAdmin, id, "request-authorisation");
        assertEquals(200, requested.status(), requested.body());
        JsonNode document = requested.json();
        assertEquals("authorisation", document.get("status").asText());
        assertEquals(document.get("revision").asInt(), document.get("frozenRevision").asInt());
        assertEquals(document.get("contentHash").asText(), document.get("frozenContentHash").asText());
    }

    @Test
    void onlyOrgAdminsOfAuthorsSteerTheLifecycle() {
        String id = draft();
        participant(id, "nefrologen", Map.of("role", "commenter"));
        assertEquals(403, transition(patientMember, id, Consultations.opening(registry)).status());
        assertEquals(403, transition(providerAdmin, id, Consultations.opening(registry)).status());
        assertEquals(404, transition(outsider, id, Consultations.opening(registry)).status());
        assertEquals(403, transition(registry.admin(), id, Consultations.opening(registry)).status());
        assertEquals(401, transition(registry.anonymous(), id, Consultations.opening(registry)).status());
        assertEquals("draft", patientMember.get("/api/v1/documents/" + id).json().get("status").asText());
    }

    @Test
    void aWithdrawnDocumentStaysWithdrawn() {
        String id = draft();
        assertEquals("withdrawn", transition(patientAdmin, id, "withdraw").json().get("status").asText());
        ApiResponse again = transition(patientAdmin, id, "withdraw");
        assertEquals(409, again.status());
        assertEquals("not-withdrawable", again.json().get("rule").asText());
        assertEquals("not-revisable", transition(patientAdmin, id, "revise").json().get("rule").asText());
    }

    @Test
    void everyStepIsARevisionAndAnEvent() {
        String id = draft();
        transition(patientAdmin, id, Consultations.opening(registry));
        JsonNode revisions = patientMember.get("/api/v1/documents/" + id + "/revisions").json().get("items");
        assertEquals("open-consultation", revisions.get(1).get("note").asText());
        assertEquals(revisions.get(0).get("contentHash"), revisions.get(1).get("contentHash"));
        JsonNode events = registry.admin().get("/api/v1/events?document=" + id).json().get("items");
        assertEquals("document.open-consultation", events.get(events.size() - 1).get("type").asText());
    }

    @Test
    void badTransitionRequestsAreRefused() {
        String id = draft();
        assertEquals("action", transition(patientAdmin, id, Map.of("action", "publish")).json().get("field").asText());
        assertEquals("closesAt", transition(patientAdmin, id, Map.of("action", "open-consultation",
                "closesAt", "2020-01-01T00:00:00Z")).json().get("field").asText());
        assertEquals("closesAt", transition(patientAdmin, id, Map.of("action", "withdraw",
                "closesAt", registry.clock().instant().plus(1, ChronoUnit.DAYS).toString())).json().get("field").asText());
        assertEquals("draft", patientMember.get("/api/v1/documents/" + id).json().get("status").asText());
    }
}
