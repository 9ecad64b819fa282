package nl.triade.registry.http.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.SecondInstance;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
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

    /**
     * Under a write load (a consultation round's comments) every request used to read its caller
     * again, because any commit dropped every kept caller; only a change to what a caller is read
     * from (a token, a session, an account, an organisation) does now. The server's background work
     * after a write (notifications, listeners) runs statements too, so each figure is the least of
     * three tries, taken once that work has settled: background work only ever adds.
     */
    @Test
    void aCallerStaysKeptWhileOthersWriteWhatNoCallerIsReadFrom() {
        ApiClient member = registry.as(memberToken()[1]);
        ApiClient colleague = registry.as(parties.tokenOf(parties.accountId("longpatienten", "member")));
        assertEquals(200, member.get("/api/v1/me").status());
        long keptAndNothingWritten = Long.MAX_VALUE;
        long afterAnotherWrite = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            keptAndNothingWritten = Math.min(keptAndNothingWritten, settledStatementsOf(() -> member.get("/api/v1/me")));
            ApiResponse created = colleague.post("/api/v1/documents", Map.of("kind", "standard", "title", "Astma " + i,
                    "condition", "astma"));
            assertEquals(201, created.status(), created.body());
            afterAnotherWrite = Math.min(afterAnotherWrite, settledStatementsOf(() -> member.get("/api/v1/me")));
        }

        assertEquals(keptAndNothingWritten, afterAnotherWrite, "the caller is not read again after a write that changed no caller");
    }

    /** The statements the server ran while {@code request} was answered, counted once its background work stood still for ten polls. */
    private static long settledStatementsOf(Supplier<ApiResponse> request) {
        long[] last = {-1};
        int[] stillFor = {0};
        Eventually.until("the server's background work settles", () -> {
            long now = registry.statementsRun();
            stillFor[0] = now == last[0] ? stillFor[0] + 1 : 0;
            last[0] = now;
            return stillFor[0] >= 10;
        });
        long before = registry.statementsRun();
        assertEquals(200, request.get().status());
        return registry.statementsRun() - before;
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
