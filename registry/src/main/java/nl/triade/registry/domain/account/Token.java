package nl.triade.registry.domain.account;

import java.time.Instant;

/** A stored API credential. Only the SHA-256 of the secret is kept; {@code prefix} lets a person recognise it. */
public record Token(String id, String accountId, String name, String prefix, String hash, Instant createdAt,
                    Instant expiresAt, Instant revokedAt) {

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
