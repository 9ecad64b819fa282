package nl.triade.registry.domain.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a token still opens the API: not revoked, and strictly before its expiry. No test over HTTP waits for a clock. */
class TokenTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    private static Token token(Instant expiresAt, Instant revokedAt) {
        return new Token("tok_1", "acc_1", "laptop", "trd_abcd", "0".repeat(64), NOW.minusSeconds(3600), expiresAt, revokedAt);
    }

    @Test
    void aTokenWithoutExpiryIsUsableUntilRevoked() {
        assertTrue(token(null, null).isUsableAt(NOW));
        assertFalse(token(null, NOW.minusSeconds(1)).isUsableAt(NOW));
    }

    @Test
    void anExpiringTokenIsUsableOnlyBeforeItsExpiry() {
        assertTrue(token(NOW.plusMillis(1), null).isUsableAt(NOW));
        assertFalse(token(NOW, null).isUsableAt(NOW), "at the moment of expiry it is expired");
        assertFalse(token(NOW.minusMillis(1), null).isUsableAt(NOW));
    }

    @Test
    void aRevokedTokenStaysRevokedBeforeItsExpiry() {
        assertFalse(token(NOW.plusSeconds(3600), NOW.minusSeconds(1)).isUsableAt(NOW));
    }
}
