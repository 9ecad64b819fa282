package nl.triade.registry.domain.account;

import java.time.Instant;

/**
 * The one usable password link of an account; issuing another replaces it, setting a password
 * deletes it. Only the SHA-256 of its secret is stored, as for API tokens.
 */
public record PasswordLink(String accountId, String hash, LinkPurpose purpose, String issuedBy, Instant issuedAt,
                           Instant expiresAt) {

    public boolean isUsableAt(Instant now) {
        return expiresAt.isAfter(now);
    }
}
