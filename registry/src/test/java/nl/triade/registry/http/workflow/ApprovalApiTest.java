package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApprovalApiTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static ApiClient patients;
    private static ApiClient patientsAdmin;
    private static ApiClient providersAdmin;
    private static ApiClient insurersAdmin;
    private static ApiClient commentersAdmin;

    @BeforeAll
    static void start() {
        Parties parties = new Parties(registry);
        parties.organisation("hartpatienten", "patient");
        parties.organisation("cardiologen", "provider");
        parties.organisation("zorgverzekeraar", "insurer");
        parties.organisation("huisartsen", "provider");
        patients = parties.as("hartpatienten", "member");
        patientsAdmin = parties.as("hartpatienten", "org-admin");
        providersAdmin = parties.as("cardiologen", "org-admin");
        insurersAdmin = parties.as("zorgverzekeraar", "org-admin");
        commentersAdmin = parties.as("huisartsen", "org-admin");
    }

    /** A standard written by all three parties, with one commenter, in authorisation. */
    private static JsonNode inAuthorisation() {
        String id = patients.post("/api/v1/documents", Map.of("kind", "standard", "title", "Hartfalen")).json().get("id").asText();
        patients.put("/api/v1/documents/" + id + "/sections/zorg", Map.of("title", "Zorg", "body", "Eerste versie."),
                "If-None-Match", "*");
        for (String[] participant : new String[][] {{"cardiologen", "author"}, {"zorgverzekeraar", "author"}, {"huisartsen", "commenter"}}) {
            String etag = patients.get("/api/v1/documents/" + id).etag();
            patients.put("/api/v1/documents/" + id + "/participants/" + participant[0], Map.of("role", participant[1]), "If-Match", etag);
        }
        return requestAuthorisation(id);
    }

    private static JsonNode requestAuthorisation(String id) {
        assertEquals(201, patients.post("/api/v1/documents/" + id + "/validations", Map.of()).status());
        ApiResponse requested = patientsAdmin.post("/api/v1/documents/" + id + "/transitions", Map.of("action", "request-authorisation"));
        assertEquals(200, requested.status(), requested.body());
        return requested.json();
    }

    private static ApiResponse decide(ApiClient client, JsonNode document, String decision, String hash) {
        return client.post("/api/v1/documents/" + document.get("id").asText() + "/approvals",
                Map.of("decision", decision, "motivation", "Besproken in het bestuur.", "contentHash", hash));
    }

    private static ApiResponse approve(ApiClient client, JsonNode document) {
        return decide(client, document, "approve", document.get("frozenContentHash").asText());
    }

    @Test
    void theDocumentIsFinalWhenEveryAuthorApproved() {
        JsonNode document = inAuthorisation();
        String id = document.get("id").asText();
        assertEquals(201, approve(patientsAdmin, document).status());
        assertEquals(201, approve(providersAdmin, document).status());
        assertEquals("authorisation", patients.get("/api/v1/documents/" + id).json().get("status").asText());
        ApiResponse last = approve(insurersAdmin, document);
        assertEquals(201, last.status(), last.body());
        assertEquals(document.get("frozenRevision").asInt(), last.json().get("revision").asInt());
        JsonNode finalDocument = patients.get("/api/v1/documents/" + id).json();
        assertEquals("final", finalDocument.get("status").asText());
        assertEquals(document.get("frozenContentHash"), finalDocument.get("contentHash"));
        assertEquals(3, patients.get("/api/v1/documents/" + id + "/approvals").json().get("items").size());
    }

    @Test
    void aDecisionOnAnyOtherContentIsRefused() {
        JsonNode document = inAuthorisation();
        String id = document.get("id").asText();
        String firstRevisionHash = patients.get("/api/v1/documents/" + id + "/revisions/1").json().get("contentHash").asText();
        ApiResponse stale = decide(providersAdmin, document, "approve", firstRevisionHash);
        assertEquals(409, stale.status());
        assertEquals("content-mismatch", stale.json().get("rule").asText());
        ApiResponse madeUp = decide(providersAdmin, document, "approve", "0".repeat(64));
        assertEquals("content-mismatch", madeUp.json().get("rule").asText());
        assertEquals(0, patients.get("/api/v1/documents/" + id + "/approvals").json().get("items").size());

        ApiResponse edit = patients.put("/api/v1/documents/" + id + "/sections/zorg", Map.of("title", "Zorg", "body", "Stiekem anders."),
                "If-Match", "\"2\"");
        assertEquals(409, edit.status(), "the frozen text cannot change under the approvers");
        assertEquals("not-draft", edit.json().get("rule").asText());
    }

    @Test
    void oneRejectionEndsTheRoundAndTheNextRoundNeedsFreshDecisions() {
        JsonNode first = inAuthorisation();
        String id = first.get("id").asText();
        approve(patientsAdmin, first);
        ApiResponse rejected = decide(insurersAdmin, first, "reject", first.get("frozenContentHash").asText());
        assertEquals(201, rejected.status());
        JsonNode draft = patients.get("/api/v1/documents/" + id).json();
        assertEquals("draft", draft.get("status").asText());

        patients.put("/api/v1/documents/" + id + "/sections/zorg", Map.of("title", "Zorg", "body", "Tweede versie."),
                "If-Match", "\"" + draft.get("sections").get(0).get("revision").asInt() + "\"");
        JsonNode second = requestAuthorisation(id);
        assertNotEquals(first.get("frozenContentHash"), second.get("frozenContentHash"));
        assertEquals("content-mismatch", approve(patientsAdmin, first).json().get("rule").asText(),
                "an approval of the first round's text does not count for the second");
        assertEquals(201, approve(patientsAdmin, second).status(), "the first round's decision was cleared");
        assertEquals(3, patients.get("/api/v1/documents/" + id + "/approvals").json().get("items").size(), "history kept");
    }

    @Test
    void eachAuthorDecidesOnceAndOnlyOrgAdminsOfAuthorsDecide() {
        JsonNode document = inAuthorisation();
        assertEquals(201, approve(patientsAdmin, document).status());
        ApiResponse twice = approve(patientsAdmin, document);
        assertEquals(409, twice.status());
        assertEquals("already-decided", twice.json().get("rule").asText());
        assertEquals(403, approve(patients, document).status(), "members do not decide");
        assertEquals(403, approve(commentersAdmin, document).status(), "commenters do not vote");
        assertEquals(403, approve(registry.admin(), document).status());
        ApiResponse unmotivated = patientsAdmin.post("/api/v1/documents/" + document.get("id").asText() + "/approvals",
                Map.of("decision", "reject", "contentHash", document.get("frozenContentHash").asText()));
        assertEquals(400, unmotivated.status());
    }

    @Test
    void decisionsAreOnlyTakenInAuthorisation() {
        String id = patients.post("/api/v1/documents", Map.of("kind", "standard", "title", "Concept")).json().get("id").asText();
        JsonNode draft = patients.get("/api/v1/documents/" + id).json();
        ApiResponse early = decide(patientsAdmin, draft, "approve", draft.get("contentHash").asText());
        assertEquals(409, early.status());
        assertEquals("not-in-authorisation", early.json().get("rule").asText());
    }

    @Test
    void aRejectionMotivatedWithWhiteSpaceIsRefused() {
        JsonNode frozen = inAuthorisation();
        ApiResponse blank = patientsAdmin.post("/api/v1/documents/" + frozen.get("id").asText() + "/approvals",
                Map.of("decision", "reject", "motivation", "  \t", "contentHash", frozen.get("frozenContentHash").asText()));
        assertEquals(400, blank.status(), blank.body());
        assertEquals("motivation", blank.json().get("field").asText());
        assertEquals("authorisation", patients.get("/api/v1/documents/" + frozen.get("id").asText()).json()
                .get("status").asText());
    }
}
