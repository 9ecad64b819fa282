package nl.triade.registry.http.account;

import java.time.Instant;
import nl.triade.registry.domain.account.TokenService.NewToken;
import nl.triade.registry.http.InputCheck;

/** Optional body of {@code POST /accounts/{id}/tokens}. */
record TokenCreate(String name, Instant expiresAt) {
    static final TokenCreate NONE = new TokenCreate(null, null);

    NewToken validated() {
        new InputCheck().maxLength("name", name, 100).check();
        return new NewToken(name, expiresAt);
    }
}
