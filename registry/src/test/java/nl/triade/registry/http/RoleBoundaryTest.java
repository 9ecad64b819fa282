package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Roles only downward: nobody creates, promotes, demotes or holds credentials for an account with
 * a role above their own, and administrators belong to the operator organisation only.
 */
class RoleBoundaryTest {
    private static final String OPERATOR = "triade";
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static Parties parties;
    private static String administratorId;

    @BeforeAll
    static void start() {
        parties = new Parties(registry);
        parties.organisation("ziekenhuis", "provider");
        parties.organisation("patienten", "patient");
        administratorId = registry.admin().get("/api/v1/me").json().get("id").asText();
    }

    private static ApiResponse changeRole(ApiClient client, String accountId, String role) {
        return client.patch("/api/v1/accounts/" + accountId, Map.of("role", role));
    }

    @Test
    void anOrgAdminCannotMintATokenForAnAdministratorOfItsOrganisation() {
        ApiClient operatorOrgAdmin = parties.as(OPERATOR, "org-admin");
        ApiResponse minted = operatorOrgAdmin.post("/api/v1/accounts/" + administratorId + "/tokens", Map.of("name", "mine now"));
        assertEquals(403, minted.status(), minted.body());
        assertEquals(403, operatorOrgAdmin.get("/api/v1/events").status());
    }

    @Test
    void anOrgAdminCannotRevokeAnAdministratorsToken() {
        String tokenId = registry.admin().post("/api/v1/accounts/" + administratorId + "/tokens", Map.of("name", "spare"))
                .json().get("id").asText();
        ApiClient operatorOrgAdmin = parties.as(OPERATOR, "org-admin");
        assertEquals(403, operatorOrgAdmin.delete("/api/v1/tokens/" + tokenId).status());
        assertEquals(204, registry.admin().delete("/api/v1/tokens/" + tokenId).status());
    }

    @Test
    void administratorsAreCreatedInTheOperatorOrganisationOnly() {
        ApiResponse elsewhere = registry.admin().post("/api/v1/accounts", Map.of("name", "Beheerder ziekenhuis",
                "email", "beheer@ziekenhuis.test", "organisation", "ziekenhuis", "role", "administrator"));
        assertEquals(409, elsewhere.status(), elsewhere.body());
        assertEquals("administrator-outside-operator", elsewhere.json().get("rule").asText());
        ApiResponse operator = registry.admin().post("/api/v1/accounts", Map.of("name", "Tweede beheerder",
                "email", "tweede@triade.test", "organisation", OPERATOR, "role", "administrator"));
        assertEquals(201, operator.status(), operator.body());
    }

    @Test
    void anOrgAdminCreatesNoAccountAboveItsOwnRole() {
        ApiClient orgAdmin = parties.as(OPERATOR, "org-admin");
        ApiResponse administrator = orgAdmin.post("/api/v1/accounts", Map.of("name", "Nieuwe beheerder",
                "email", "nieuw@triade.test", "organisation", OPERATOR, "role", "administrator"));
        assertEquals(403, administrator.status(), administrator.body());
        ApiResponse peer = orgAdmin.post("/api/v1/accounts", Map.of("name", "Collega",
                "email", "collega@triade.test", "organisation", OPERATOR, "role", "org-admin"));
        assertEquals(201, peer.status(), peer.body());
    }

    @Test
    void aMemberCreatesNoAccountsAtAll() {
        ApiClient member = parties.as("ziekenhuis", "member");
        ApiResponse created = member.post("/api/v1/accounts", Map.of("name", "Collega",
                "email", "collega@ziekenhuis.test", "organisation", "ziekenhuis", "role", "member"));
        assertEquals(403, created.status(), created.body());
    }

    @Test
    void anOrgAdminChangesRolesUpToItsOwnWithinItsOrganisation() {
        ApiClient orgAdmin = parties.as("ziekenhuis", "org-admin");
        String member = parties.accountId("ziekenhuis", "member");
        ApiResponse promoted = changeRole(orgAdmin, member, "org-admin");
        assertEquals(200, promoted.status(), promoted.body());
        assertEquals("org-admin", promoted.json().get("role").asText());
        assertEquals(200, changeRole(orgAdmin, member, "member").status());
        assertEquals(403, changeRole(orgAdmin, member, "administrator").status());
        assertEquals("member", registry.admin().get("/api/v1/accounts/" + member).json().get("role").asText());

        String elsewhere = parties.accountId("patienten", "member");
        assertEquals(404, changeRole(orgAdmin, elsewhere, "org-admin").status(), "accounts of other organisations are not its to see");
        ApiClient colleague = parties.as("ziekenhuis", "member");
        assertEquals(404, changeRole(colleague, member, "org-admin").status(), "members do not even see other accounts");
    }

    @Test
    void anOrgAdminCannotDemoteAnAdministrator() {
        ApiClient operatorOrgAdmin = parties.as(OPERATOR, "org-admin");
        ApiResponse demoted = changeRole(operatorOrgAdmin, administratorId, "member");
        assertEquals(403, demoted.status(), demoted.body());
        assertEquals("administrator", registry.admin().get("/api/v1/me").json().get("role").asText());
    }

    @Test
    void administratorsArePromotedInTheOperatorOrganisationOnly() {
        String provider = parties.accountId("ziekenhuis", "org-admin");
        ApiResponse refused = changeRole(registry.admin(), provider, "administrator");
        assertEquals(409, refused.status(), refused.body());
        assertEquals("administrator-outside-operator", refused.json().get("rule").asText());
        String operator = parties.accountId(OPERATOR, "member");
        assertEquals(200, changeRole(registry.admin(), operator, "administrator").status());
        assertEquals(200, changeRole(registry.admin(), operator, "member").status());
    }

    @Test
    void nobodyChangesTheirOwnRole() {
        String orgAdminId = parties.accountId("ziekenhuis", "org-admin");
        ApiClient orgAdmin = registry.as(parties.tokenOf(orgAdminId));
        assertEquals(403, changeRole(orgAdmin, orgAdminId, "member").status());
        assertEquals(403, changeRole(registry.admin(), administratorId, "member").status(),
                "the last administrator cannot lock the operator out");
    }

    @Test
    void tokensAreIssuedAndRevokedOnlyByTheAccountItselfItsOrgAdminOrAnAdministrator() {
        String owner = parties.accountId("ziekenhuis", "member");
        ApiClient colleague = parties.as("ziekenhuis", "member");
        ApiClient stranger = parties.as("patienten", "org-admin");
        ApiClient ownOrgAdmin = parties.as("ziekenhuis", "org-admin");
        String path = "/api/v1/accounts/" + owner + "/tokens";

        assertEquals(404, colleague.post(path, Map.of()).status());
        assertEquals(404, stranger.post(path, Map.of()).status());
        ApiResponse issued = ownOrgAdmin.post(path, Map.of("name", "werkplek"));
        assertEquals(201, issued.status(), issued.body());
        ApiClient ownerClient = registry.as(issued.json().get("token").asText());
        String ownToken = ownerClient.post(path, Map.of("name", "eigen")).json().get("id").asText();

        String tokenPath = "/api/v1/tokens/" + issued.json().get("id").asText();
        assertEquals(404, colleague.delete(tokenPath).status());
        assertEquals(404, stranger.delete(tokenPath).status());
        assertEquals(204, ownOrgAdmin.delete(tokenPath).status());
        assertEquals(401, ownerClient.get("/api/v1/me").status());
        assertEquals(204, registry.admin().delete("/api/v1/tokens/" + ownToken).status());
    }
}
