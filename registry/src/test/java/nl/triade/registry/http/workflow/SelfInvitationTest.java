package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.Test;

/**
 * An organisation that is not part of a document cannot make itself part of it, even where it may
 * read it: joining is by invitation. Refused as not allowed (403), not merely as the wrong moment.
 */
class SelfInvitationTest {

    @Test
    void anOutsidersOrgAdminCannotJoinADocumentInConsultationByItself() {
        try (RunningRegistry registry = RunningRegistry.start()) {
            Parties parties = new Parties(registry);
            parties.organisation("patienten", "patient");
            parties.organisation("buren", "insurer");
            ApiClient steward = parties.as("patienten", "org-admin");
            ApiClient outsider = parties.as("buren", "org-admin");
            String id = steward.post("/api/v1/documents", Map.of("kind", "standard", "title", "Astma")).json().get("id").asText();
            assertEquals(200, steward.post("/api/v1/documents/" + id + "/transitions", Consultations.opening(registry)).status());

            String etag = outsider.get("/api/v1/documents/" + id).etag();
            for (String role : new String[] {"commenter", "declined", "author"}) {
                Map<String, Object> body = role.equals("declined")
                        ? Map.of("role", role, "motivation", "Wij doen niet mee.") : Map.of("role", role);
                ApiResponse joined = outsider.put("/api/v1/documents/" + id + "/participants/buren", body, "If-Match", etag);
                assertEquals(403, joined.status(), role + ": " + joined.body());
            }
        }
    }
}
