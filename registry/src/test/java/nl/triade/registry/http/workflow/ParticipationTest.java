package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An organisation speaks only for itself: authors invite, but only an organisation's own
 * org-admin declines for it, steps it down or takes it out of a document.
 */
class ParticipationTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static ApiClient patientAdmin;
    private static ApiClient patientMember;
    private static ApiClient providerAdmin;
    private static ApiClient providerMember;
    private static ApiClient insurerAdmin;
    private static ApiClient therapistAdmin;
    private static ApiClient therapistMember;

    @BeforeAll
    static void start() {
        Parties parties = new Parties(registry);
        parties.organisation("reumapatienten", "patient");
        parties.organisation("reumatologen", "provider");
        parties.organisation("zorgverzekeraar", "insurer");
        parties.organisation("fysiotherapeuten", "provider");
        patientAdmin = parties.as("reumapatienten", "org-admin");
        patientMember = parties.as("reumapatienten", "member");
        providerAdmin = parties.as("reumatologen", "org-admin");
        providerMember = parties.as("reumatologen", "member");
        insurerAdmin = parties.as("zorgverzekeraar", "org-admin");
        therapistAdmin = parties.as("fysiotherapeuten", "org-admin");
        therapistMember = parties.as("fysiotherapeuten", "member");
    }

    /** The patient organisation's own standard, with the providers and the insurer invited as co-authors. */
    private static String patientStandard() {
        String id = patientMember.post("/api/v1/documents", Map.of("kind", "standard", "title", "Reumatoïde artritis"))
                .json().get("id").asText();
        assertEquals(201, participant(patientMember, id, "reumatologen", Map.of("role", "author")).status());
        assertEquals(201, participant(patientMember, id, "zorgverzekeraar", Map.of("role", "author")).status());
        return id;
    }

    private static ApiResponse participant(ApiClient client, String id, String organisation, Map<String, Object> body) {
        String etag = patientMember.get("/api/v1/documents/" + id).etag();
        return client.put("/api/v1/documents/" + id + "/participants/" + organisation, body, "If-Match", etag);
    }

    private static ApiResponse remove(ApiClient client, String id, String organisation) {
        String etag = patientMember.get("/api/v1/documents/" + id).etag();
        return client.delete("/api/v1/documents/" + id + "/participants/" + organisation, "If-Match", etag);
    }

    private static String roleOf(String id, String organisation) {
        for (JsonNode participant : patientMember.get("/api/v1/documents/" + id).json().get("participants")) {
            if (participant.get("organisation").asText().equals(organisation)) {
                return participant.get("role").asText();
            }
        }
        return "absent";
    }

    @Test
    void coAuthorsCannotDeclineThePatientOrganisationAndTakeItsStandardToFinal() {
        String id = patientStandard();
        ApiResponse declined = participant(providerMember, id, "reumapatienten",
                Map.of("role", "declined", "motivation", "De patiëntenvereniging reageert niet."));
        assertEquals(403, declined.status(), declined.body());
        assertEquals("author", roleOf(id, "reumapatienten"));

        assertEquals(201, providerMember.post("/api/v1/documents/" + id + "/validations", Map.of()).status());
        JsonNode frozen = providerAdmin.post("/api/v1/documents/" + id + "/transitions",
                Map.of("action", "request-authorisation")).json();
        for (ApiClient coAuthor : new ApiClient[] {providerAdmin, insurerAdmin}) {
            coAuthor.post("/api/v1/documents/" + id + "/approvals",
                    Map.of("decision", "approve", "contentHash", frozen.get("frozenContentHash").asText()));
        }
        assertNotEquals("final", patientMember.get("/api/v1/documents/" + id).json().get("status").asText(),
                "without the patient organisation's own approval the standard is not final");
    }

    @Test
    void coAuthorsNeitherRemoveNorDemoteAnotherOrganisation() {
        String id = patientStandard();
        assertEquals(403, remove(providerAdmin, id, "reumapatienten").status());
        assertEquals(403, participant(providerAdmin, id, "reumapatienten", Map.of("role", "commenter")).status());
        assertEquals(403, remove(patientAdmin, id, "zorgverzekeraar").status());
        assertEquals(403, participant(patientMember, id, "zorgverzekeraar", Map.of("role", "commenter")).status());
        assertEquals("author", roleOf(id, "reumapatienten"));
        assertEquals("author", roleOf(id, "zorgverzekeraar"));
    }

    @Test
    void anOrganisationsOwnOrgAdminDeclinesForIt() {
        String id = patientStandard();
        ApiResponse byMember = participant(providerMember, id, "reumatologen",
                Map.of("role", "declined", "motivation", "Geen tijd."));
        assertEquals(403, byMember.status(), "a member does not speak for the organisation: " + byMember.body());

        ApiResponse byAdmin = participant(providerAdmin, id, "reumatologen",
                Map.of("role", "declined", "motivation", "Geen capaciteit dit jaar."));
        assertEquals(200, byAdmin.status(), byAdmin.body());
        assertEquals("declined", byAdmin.json().get("role").asText());
        assertEquals("Geen capaciteit dit jaar.", byAdmin.json().get("motivation").asText());
    }

    @Test
    void anOrganisationsOwnOrgAdminStepsDownAndLeaves() {
        String id = patientStandard();
        ApiResponse stepDown = participant(insurerAdmin, id, "zorgverzekeraar", Map.of("role", "commenter"));
        assertEquals(200, stepDown.status(), stepDown.body());
        assertEquals("commenter", roleOf(id, "zorgverzekeraar"));
        assertEquals(403, participant(insurerAdmin, id, "zorgverzekeraar", Map.of("role", "author")).status(),
                "only authors invite authors; an organisation does not promote itself");
        assertEquals(204, remove(insurerAdmin, id, "zorgverzekeraar").status());
        assertEquals("absent", roleOf(id, "zorgverzekeraar"));
    }

    @Test
    void authorsInviteCommentersAndRaiseThemToAuthor() {
        String id = patientStandard();
        assertEquals(201, participant(patientMember, id, "fysiotherapeuten", Map.of("role", "commenter")).status());
        assertEquals(403, remove(therapistMember, id, "fysiotherapeuten").status(), "a member does not take its organisation out");
        assertEquals(200, participant(providerMember, id, "fysiotherapeuten", Map.of("role", "author")).status());
        assertEquals("author", roleOf(id, "fysiotherapeuten"));
        ApiResponse invitedDeclined = participant(patientMember, id, "fysiotherapeuten",
                Map.of("role", "declined", "motivation", "Namens hen."));
        assertEquals(403, invitedDeclined.status());
    }

    @Test
    void aRefusalBelongsToTheOrganisationThatRecordedIt() {
        String id = patientStandard();
        assertEquals(201, participant(patientMember, id, "fysiotherapeuten", Map.of("role", "commenter")).status());
        assertEquals(200, participant(therapistAdmin, id, "fysiotherapeuten",
                Map.of("role", "declined", "motivation", "Geen rol in deze zorg.")).status());
        assertEquals(403, participant(patientMember, id, "fysiotherapeuten", Map.of("role", "author")).status(),
                "authors do not overwrite another organisation's refusal");
        assertEquals(200, participant(therapistAdmin, id, "fysiotherapeuten", Map.of("role", "commenter")).status(),
                "the organisation itself withdraws its refusal");
        assertEquals(200, participant(patientMember, id, "fysiotherapeuten", Map.of("role", "author")).status());
    }

    @Test
    void anOrganisationCannotDeclineADocumentItWasNeverInvitedTo() {
        String id = patientStandard();
        ApiResponse uninvited = participant(therapistAdmin, id, "fysiotherapeuten",
                Map.of("role", "declined", "motivation", "Niet gevraagd."));
        assertEquals(404, uninvited.status(), "a draft is invisible to organisations that do not take part");
    }

    @Test
    void aWhitespaceMotivationIsNoMotivation() {
        String id = patientStandard();
        ApiResponse blank = participant(providerAdmin, id, "reumatologen", Map.of("role", "declined", "motivation", " \t\n "));
        assertEquals(400, blank.status(), blank.body());
        assertEquals("motivation", blank.json().get("field").asText());
        assertTrue(blank.json().get("detail").asText().contains("motivat"));
    }
}
