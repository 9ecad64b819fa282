package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Where a kind of party has no organisation in Triade, the authors may state its absence with a
 * motivation, in their own name; never in the name of an organisation that exists. This registry
 * holds no insurer at first, and runs the shipped Toetsingskader validator.
 */
class AbsenceStatementTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of(), "toetsingskader");
    private static Parties parties;
    private static ApiClient patientMember;
    private static ApiClient patientAdmin;
    private static ApiClient providerAdmin;
    private static ApiClient commenter;
    private static String patientMemberId;

    @BeforeAll
    static void start() {
        parties = new Parties(registry);
        parties.organisation("longpatienten", "patient");
        parties.organisation("longartsen", "provider");
        parties.organisation("fysiotherapeuten", "provider");
        patientMemberId = parties.accountId("longpatienten", "member");
        patientMember = registry.as(parties.tokenOf(patientMemberId));
        patientAdmin = parties.as("longpatienten", "org-admin");
        providerAdmin = parties.as("longartsen", "org-admin");
        commenter = parties.as("fysiotherapeuten", "member");
    }

    /** A standard the Toetsingskader passes but for its parties: patients and providers author it, a commenter reads along. */
    private static String standard() {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "standard", "title", "COPD",
                "summary", "Samenvatting", "patientVersion", "Uitleg voor patiënten",
                "maintenancePlan", Map.of("maintainedBy", "longpatienten", "reviewIntervalMonths", 36),
                "timelines", java.util.List.of(Map.of("deliverable", "meetinstrument", "dueDate", "2027-06-30"))));
        body.putAll(ThreePartyStandards.CRITERIA_FACTS);
        String id = patientMember.post("/api/v1/documents", body).json().get("id").asText();
        String path = "/api/v1/documents/" + id;
        for (java.util.List<String> section : ThreePartyStandards.SECTIONS) {
            assertEquals(201, patientMember.put(path + "/sections/" + section.get(0), Map.of("title", section.get(1),
                    "body", section.get(2)), "If-None-Match", "*").status());
        }
        put(patientMember, id, "/participants/longartsen", Map.of("role", "author"));
        put(patientMember, id, "/participants/fysiotherapeuten", Map.of("role", "commenter"));
        return id;
    }

    private static ApiResponse put(ApiClient client, String id, String part, Map<String, Object> body) {
        String path = "/api/v1/documents/" + id;
        return client.put(path + part, body, "If-Match", patientMember.get(path).etag());
    }

    private static ApiResponse requestAuthorisation(String id) {
        ApiResponse validated = patientMember.post("/api/v1/documents/" + id + "/validations", Map.of());
        assertEquals(201, validated.status(), validated.body());
        return patientAdmin.post("/api/v1/documents/" + id + "/transitions", Map.of("action", "request-authorisation"));
    }

    private static boolean findingsName(String id, String rule) {
        for (JsonNode finding : patientMember.get("/api/v1/documents/" + id + "/validations/latest").json().get("findings")) {
            if (finding.get("rule").asText().equals(rule)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void commentersDoNotCountForTheirParty() {
        String id = standard();
        assertEquals(200, put(providerAdmin, id, "/participants/longartsen", Map.of("role", "commenter")).status(),
                "the providers step down themselves; both provider organisations now only comment");
        ApiResponse refused = patientAdmin.post("/api/v1/documents/" + id + "/transitions", Map.of("action", "request-authorisation"));
        assertEquals(409, refused.status(), refused.body());
        assertEquals("parties-incomplete", refused.json().get("rule").asText());
        assertTrue(refused.json().get("detail").asText().contains("provider"), refused.body());
    }

    /** One test, because it ends by creating the first insurer, which the other tests must not see. */
    @Test
    void theAuthorsStateAMissingPartyInTheirOwnNameAndItCountsUntilSuchAnOrganisationExists() {
        String id = standard();
        ApiResponse stated = put(patientMember, id, "/absences/insurer",
                Map.of("motivation", "Geen zorgverzekeraar in Triade; Zorgverzekeraars Nederland gaf geen reactie."));
        assertEquals(201, stated.status(), stated.body());
        assertEquals("insurer", stated.json().get("party").asText());
        assertEquals("longpatienten", stated.json().get("recordedByOrganisation").asText());
        assertEquals(patientMemberId, stated.json().get("recordedByAccount").asText());

        JsonNode document = patientMember.get("/api/v1/documents/" + id).json();
        assertEquals("longpatienten", document.get("absences").get(0).get("recordedByOrganisation").asText());
        int revision = document.get("revision").asInt();
        JsonNode snapshot = patientMember.get("/api/v1/documents/" + id + "/revisions/" + revision).json();
        assertEquals("insurer", snapshot.get("content").get("absences").get(0).get("party").asText(), snapshot.toString());
        JsonNode diff = patientMember.get("/api/v1/documents/" + id + "/revisions/" + revision + "/diff?against=" + (revision - 1))
                .json();
        JsonNode change = diff.get("changes").get(0);
        assertEquals("absence", change.get("part").asText(), diff.toString());
        assertEquals("insurer", change.get("key").asText());
        assertEquals("added", change.get("change").asText());

        String later = standard();
        assertEquals(201, put(patientMember, later, "/absences/insurer", Map.of("motivation", "Geen verzekeraar.")).status());

        ApiResponse requested = requestAuthorisation(id);
        assertEquals(200, requested.status(), requested.body());
        assertFalse(findingsName(id, "tk-parties"), "the Toetsingskader validator sees the statement");
        JsonNode requestedEvent = null;
        for (JsonNode event : registry.admin().get("/api/v1/events?document=" + id + "&limit=200").json().get("items")) {
            if (event.get("type").asText().equals("document.request-authorisation")) {
                requestedEvent = event;
            }
        }
        JsonNode relied = requestedEvent.get("data").get("absenceStatements").get(0);
        assertEquals("insurer", relied.get("party").asText(), requestedEvent.toString());
        assertEquals("longpatienten", relied.get("recordedByOrganisation").asText());

        parties.organisation("zorgverzekeraar", "insurer");
        ApiResponse refused = requestAuthorisation(later);
        assertEquals(409, refused.status(), "once an insurer exists, it must be asked: " + refused.body());
        assertEquals("parties-incomplete", refused.json().get("rule").asText());
        assertEquals(204, patientMember.delete("/api/v1/documents/" + later + "/absences/insurer",
                "If-Match", patientMember.get("/api/v1/documents/" + later).etag()).status());
        assertEquals(0, patientMember.get("/api/v1/documents/" + later).json().get("absences").size());
    }

    @Test
    void onlyAuthorsStateAnAbsenceAndOnlyWithAMotivation() {
        String id = standard();
        assertEquals(403, put(commenter, id, "/absences/insurer", Map.of("motivation", "Namens de auteurs.")).status());
        ApiResponse blank = put(patientMember, id, "/absences/insurer", Map.of("motivation", "  \n\t"));
        assertEquals(400, blank.status());
        assertEquals("motivation", blank.json().get("field").asText());
        ApiResponse register = put(patientMember, id, "/absences/register", Map.of("motivation", "Niet nodig."));
        assertEquals(400, register.status());
        assertEquals("party", register.json().get("field").asText());
    }

    @Test
    void anAbsenceIsNeverStatedForAKindOfPartyThatHasAnOrganisationInTriade() {
        String id = standard();
        ApiResponse patients = put(providerAdmin, id, "/absences/patient", Map.of("motivation", "Geen patiënten bereikt."));
        assertEquals(409, patients.status(), patients.body());
        assertEquals("party-in-registry", patients.json().get("rule").asText());
        assertEquals(0, patientMember.get("/api/v1/documents/" + id).json().get("absences").size());
    }
}
