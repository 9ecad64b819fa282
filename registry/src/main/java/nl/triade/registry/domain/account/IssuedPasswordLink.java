package nl.triade.registry.domain.account;

import java.time.Instant;

/** A password link as issued: {@code secret} is handed out this once and never stored. */
public record IssuedPasswordLink(String accountId, LinkPurpose purpose, String secret, Instant expiresAt) {
}
