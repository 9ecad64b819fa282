package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccountApiTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static Parties parties;

    @BeforeAll
    static void start() {
        parties = new Parties(registry);
        parties.organisation("hartpatienten", "patient");
        parties.organisation("cardiologen", "provider");
    }

    @Test
    void administratorCreatesAnOrganisationThatEveryAccountCanRead() {
        ApiResponse created = registry.admin().post("/api/v1/organisations",
                Map.of("slug", "longfonds", "name", "Longfonds", "kind", "patient", "umbrella", "hartpatienten"));
        assertEquals(201, created.status());
        assertEquals("/api/v1/organisations/longfonds", created.header("Location"));
        String member = parties.token("cardiologen", "member");
        ApiResponse read = registry.as(member).get("/api/v1/organisations/longfonds");
        assertEquals(200, read.status());
        assertEquals("hartpatienten", read.json().get("umbrella").asText());
        assertEquals("patient", read.json().get("kind").asText());
    }

    @Test
    void organisationsArePagedWithACursorUntilTheLastPage() {
        for (int i = 0; i < 5; i++) {
            parties.organisation("paged-" + i, "insurer");
        }
        Set<String> seen = new HashSet<>();
        String path = "/api/v1/organisations?limit=2";
        int pages = 0;
        while (path != null) {
            ApiResponse page = registry.admin().get(path);
            assertEquals(200, page.status());
            page.json().get("items").forEach(item -> assertTrue(seen.add(item.get("slug").asText()), "no item twice"));
            String next = page.json().get("next").isNull() ? null : page.json().get("next").asText();
            path = next == null ? null : "/api/v1/organisations?limit=2&cursor=" + next;
            pages++;
        }
        assertTrue(seen.containsAll(Set.of("paged-0", "paged-1", "paged-2", "paged-3", "paged-4", "triade")));
        assertTrue(pages >= 4);
    }

    @Test
    void onlyAdministratorsCreateOrganisations() {
        String orgAdmin = parties.token("cardiologen", "org-admin");
        ApiResponse refused = registry.as(orgAdmin).post("/api/v1/organisations",
                Map.of("slug", "sneaky", "name", "Sneaky", "kind", "insurer"));
        assertEquals(403, refused.status());
        assertEquals(404, registry.admin().get("/api/v1/organisations/sneaky").status());
    }

    @Test
    void duplicateOrganisationIsAConflictNamingTheRule() {
        ApiResponse again = registry.admin().post("/api/v1/organisations",
                Map.of("slug", "cardiologen", "name", "Again", "kind", "provider"));
        assertEquals(409, again.status());
        assertEquals("organisation-exists", again.json().get("rule").asText());
    }

    @Test
    void orgAdminCreatesMembersOfItsOwnOrganisationOnly() {
        String orgAdmin = parties.token("hartpatienten", "org-admin");
        ApiResponse own = registry.as(orgAdmin).post("/api/v1/accounts", Map.of("name", "Vrijwilliger",
                "email", "vrijwilliger@hartpatienten.test", "organisation", "hartpatienten", "role", "member"));
        assertEquals(201, own.status());
        ApiResponse other = registry.as(orgAdmin).post("/api/v1/accounts", Map.of("name", "Intruder",
                "email", "intruder@cardiologen.test", "organisation", "cardiologen", "role", "member"));
        assertEquals(403, other.status());
        ApiResponse administrator = registry.as(orgAdmin).post("/api/v1/accounts", Map.of("name", "Would-be admin",
                "email", "root@hartpatienten.test", "organisation", "hartpatienten", "role", "administrator"));
        assertEquals(403, administrator.status());
    }

    @Test
    void meDescribesTheTokensAccount() {
        String accountId = parties.accountId("cardiologen", "member");
        String token = parties.tokenOf(accountId);
        ApiResponse me = registry.as(token).get("/api/v1/me");
        assertEquals(200, me.status());
        assertEquals(accountId, me.json().get("id").asText());
        assertEquals("cardiologen", me.json().get("organisation").asText());
        assertEquals("member", me.json().get("role").asText());
    }

    @Test
    void accountsOfOtherOrganisationsAreInvisibleToMembers() {
        String otherAccount = parties.accountId("hartpatienten", "member");
        String member = parties.token("cardiologen", "member");
        assertEquals(404, registry.as(member).get("/api/v1/accounts/" + otherAccount).status());
        assertEquals(200, registry.admin().get("/api/v1/accounts/" + otherAccount).status());
    }

    @Test
    void duplicateEmailIsRefusedRegardlessOfCase() {
        registry.admin().post("/api/v1/accounts", Map.of("name", "Eerste", "email", "Dubbel@cardiologen.test",
                "organisation", "cardiologen", "role", "member"));
        ApiResponse again = registry.admin().post("/api/v1/accounts", Map.of("name", "Tweede",
                "email", "dubbel@CARDIOLOGEN.test", "organisation", "cardiologen", "role", "member"));
        assertEquals(409, again.status());
        assertEquals("email-taken", again.json().get("rule").asText());
    }

    @Test
    void aTokenIsShownOnceAndWorksUntilRevoked() {
        String accountId = parties.accountId("cardiologen", "member");
        ApiResponse issued = registry.admin().post("/api/v1/accounts/" + accountId + "/tokens", Map.of("name", "laptop"));
        assertEquals(201, issued.status());
        String token = issued.json().get("token").asText();
        assertTrue(token.startsWith(issued.json().get("prefix").asText()));
        assertTrue(issued.json().get("expiresAt").isNull());
        assertEquals(200, registry.as(token).get("/api/v1/me").status());

        assertEquals(204, registry.as(token).delete("/api/v1/tokens/" + issued.json().get("id").asText()).status());
        ApiResponse after = registry.as(token).get("/api/v1/me");
        assertEquals(401, after.status());
        assertEquals("Bearer", after.header("WWW-Authenticate"));
    }

    @Test
    void aTokenWithAnExpiryCarriesIt() {
        String accountId = parties.accountId("cardiologen", "member");
        Instant expiry = registry.clock().instant().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        ApiResponse issued = registry.admin().post("/api/v1/accounts/" + accountId + "/tokens",
                Map.of("expiresAt", expiry.toString()));
        assertEquals(201, issued.status());
        assertEquals(expiry, Instant.parse(issued.json().get("expiresAt").asText()));
    }

    @Test
    void anExpiryInThePastIsRefused() {
        String accountId = parties.accountId("cardiologen", "member");
        ApiResponse refused = registry.admin().post("/api/v1/accounts/" + accountId + "/tokens",
                Map.of("expiresAt", "2020-01-01T00:00:00Z"));
        assertEquals(400, refused.status());
        assertEquals("expiresAt", refused.json().get("field").asText());
    }

    @Test
    void missingUnknownOrMalformedTokensAreUnauthenticated() {
        assertEquals(401, registry.anonymous().get("/api/v1/me").status());
        assertEquals(401, registry.as("triade_not-a-real-token").get("/api/v1/me").status());
        ApiResponse basic = registry.anonymous().send("GET", "/api/v1/me", null, null, "Authorization", "Basic Zm9vOmJhcg==");
        assertEquals(401, basic.status());
    }

    @Test
    void theTokenSecretIsNotStoredInClear() throws Exception {
        String accountId = parties.accountId("cardiologen", "member");
        String token = parties.tokenOf(accountId);
        try (var connection = java.sql.DriverManager.getConnection(registry.jdbcUrl());
             var statement = connection.prepareStatement("SELECT COUNT(*) FROM tokens WHERE hash = ? OR prefix = ?")) {
            statement.setString(1, token);
            statement.setString(2, token);
            var rows = statement.executeQuery();
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
        assertNotNull(token);
        assertFalse(token.isBlank());
        assertNull(registry.admin().get("/api/v1/me").json().get("token"));
    }
}
