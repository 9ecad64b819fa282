package nl.triade.registry.http.account;

import java.time.Instant;
import nl.triade.registry.domain.account.IssuedToken;

/** Schema {@code TokenCreated}: the one response that ever contains a token's secret. */
record TokenCreated(String id, String token, String prefix, Instant expiresAt) {

    static TokenCreated of(IssuedToken issued) {
        return new TokenCreated(issued.id(), issued.secret(), issued.prefix(), issued.expiresAt());
    }
}
