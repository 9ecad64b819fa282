package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Password links over the API: who may issue one, what it looks like, and what the audit log keeps of it. */
class PasswordLinkApiTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static Parties parties;

    @BeforeAll
    static void organisations() {
        parties = new Parties(registry);
        parties.organisation("patienten", "patient");
        parties.organisation("artsen", "provider");
    }

    @Test
    void anOrgAdminInvitesAnAccountOfItsOrganisationWithALinkShownOnceAndValidForAWeek() {
        ApiClient orgAdmin = parties.as("patienten", "org-admin");
        String member = parties.accountId("patienten", "member");
        Instant before = registry.clock().instant();
        ApiResponse issued = orgAdmin.post("/api/v1/accounts/" + member + "/password-link", Map.of());
        assertEquals(201, issued.status(), issued.body());
        assertEquals(member, issued.json().get("account").asText());
        assertEquals("invitation", issued.json().get("purpose").asText());
        String link = issued.json().get("link").asText();
        assertTrue(link.matches("http://localhost/wachtwoord-instellen\\?code=triade_[A-Za-z0-9_-]{43}"), link);
        Instant expires = Instant.parse(issued.json().get("expiresAt").asText());
        assertFalse(expires.isBefore(before.plus(Duration.ofDays(7)).minusSeconds(1)), expires.toString());
        assertFalse(expires.isAfter(registry.clock().instant().plus(Duration.ofDays(7))), expires.toString());

        ApiResponse events = registry.admin().get("/api/v1/events?limit=200");
        JsonNode invited = null;
        for (JsonNode event : events.json().get("items")) {
            if (event.get("type").asText().equals("account.invited") && event.get("data").get("account").asText().equals(member)) {
                invited = event;
            }
        }
        assertTrue(invited != null, events.body());
        assertEquals(Map.of("account", member, "expiresAt", issued.json().get("expiresAt").asText()),
                Map.of("account", invited.get("data").get("account").asText(), "expiresAt", invited.get("data").get("expiresAt").asText()));
        String secret = link.substring(link.indexOf("code=") + 5);
        assertFalse(events.body().contains(secret), "the secret stays out of the audit log");
        assertFalse(events.body().contains(secret.substring(7, 20)), "no part of the secret is in the audit log");
    }

    @Test
    void anOrgAdminOfAnotherOrganisationFindsNoSuchAccount() {
        ApiResponse issued = parties.as("artsen", "org-admin").post("/api/v1/accounts/"
                + parties.accountId("patienten", "member") + "/password-link", Map.of());
        assertEquals(404, issued.status(), issued.body());
    }

    @Test
    void anOrgAdminOfTheOperatorMayNotTakeOverAnAdministratorsPassword() {
        String administrator = registry.admin().get("/api/v1/me").json().get("id").asText();
        ApiResponse issued = parties.as("triade", "org-admin").post("/api/v1/accounts/" + administrator + "/password-link", Map.of());
        assertEquals(403, issued.status(), issued.body());
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        ApiResponse issued = registry.anonymous().post("/api/v1/accounts/" + parties.accountId("patienten", "member")
                + "/password-link", Map.of());
        assertEquals(401, issued.status(), issued.body());
    }
}
