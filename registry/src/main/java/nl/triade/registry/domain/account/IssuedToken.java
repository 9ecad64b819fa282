package nl.triade.registry.domain.account;

import java.time.Instant;

/** A freshly created token: the only moment its secret exists outside the caller's hands. */
public record IssuedToken(String id, String secret, String prefix, Instant expiresAt) {
}
