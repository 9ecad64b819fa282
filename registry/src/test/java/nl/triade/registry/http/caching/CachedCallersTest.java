package nl.triade.registry.http.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.SecondInstance;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Authenticated callers are kept in memory between requests (issue 14), yet a revoked token, a
 * changed role or an expired token counts on the very next request, on the instance that made the
 * change and on another one on the same database. Each test first uses the token on both instances,
 * so both hold the caller when the change comes.
 */
class CachedCallersTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    @RegisterExtension
    static final SecondInstance other = SecondInstance.of(registry);
    private static Parties parties;

    @BeforeAll
    static void start() {
        parties = new Parties(registry);
        parties.organisation("longpatienten", "patient");
    }

    /** A token of a new member: its id and its secret. */
    private static String[] memberToken() {
        String accountId = parties.accountId("longpatienten", "member");
        ApiResponse issued = registry.admin().post("/api/v1/accounts/" + accountId + "/tokens", Map.of());
        assertEquals(201, issued.status(), issued.body());
        return new String[] {issued.json().get("id").asText(), issued.json().get("token").asText()};
    }

    private static void usedOnBoth(String token) {
        for (int i = 0; i < 2; i++) {
            assertEquals(200, registry.as(token).get("/api/v1/me").status());
            assertEquals(200, other.as(token).get("/api/v1/me").status());
        }
    }

    @Test
    void aTokenRevokedOnOneInstanceIsRefusedOnTheNextRequestOnBoth() {
        String[] issued = memberToken();
        String tokenId = issued[0];
        String token = issued[1];
        usedOnBoth(token);

        assertEquals(204, registry.admin().delete("/api/v1/tokens/" + tokenId).status());

        assertEquals(401, registry.as(token).get("/api/v1/me").status());
        assertEquals(401, other.as(token).get("/api/v1/me").status());
    }

    @Test
    void aTokenRevokedOnTheOtherInstanceIsRefusedHereOnTheNextRequest() {
        String[] issued = memberToken();
        String tokenId = issued[0];
        String token = issued[1];
        usedOnBoth(token);

        assertEquals(204, other.as(token).delete("/api/v1/tokens/" + tokenId).status());

        assertEquals(401, registry.as(token).get("/api/v1/me").status());
    }

    @Test
    void aRoleChangedOnOneInstanceCountsOnTheNextRequestOnBoth() {
        String colleague = parties.accountId("longpatienten", "member");
        String adminId = parties.accountId("longpatienten", "org-admin");
        String token = parties.tokenOf(adminId);
        ApiClient here = registry.as(token);
        ApiClient there = other.as(token);
        assertEquals(200, here.get("/api/v1/accounts/" + colleague).status());
        assertEquals(200, there.get("/api/v1/accounts/" + colleague).status());

        ApiResponse demoted = other.admin().patch("/api/v1/accounts/" + adminId, Map.of("role", "member"));
        assertEquals(200, demoted.status(), demoted.body());

        assertEquals(404, here.get("/api/v1/accounts/" + colleague).status(), "a member does not see a colleague's account");
        assertEquals(404, there.get("/api/v1/accounts/" + colleague).status());
        assertEquals("member", here.get("/api/v1/me").json().get("role").asText());
    }

    @Test
    void aTokenThatExpiresIsRefusedOnceTheClockPassesItThoughNothingWasWritten() {
        String accountId = parties.accountId("longpatienten", "member");
        Instant expiry = registry.clock().instant().plus(Duration.ofHours(1));
        ApiResponse issued = registry.admin().post("/api/v1/accounts/" + accountId + "/tokens", Map.of("expiresAt", expiry.toString()));
        assertEquals(201, issued.status(), issued.body());
        String token = issued.json().get("token").asText();
        usedOnBoth(token);

        registry.clock().advance(Duration.ofHours(2));

        assertEquals(401, registry.as(token).get("/api/v1/me").status());
        assertEquals(401, other.as(token).get("/api/v1/me").status());
    }
}
