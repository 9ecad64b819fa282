package nl.triade.registry.domain.account;

import java.time.Instant;
import java.util.Optional;

/** Stored token hashes. */
public interface TokenRepository {
    void insert(Token token);

    Optional<Token> find(String id);

    /** The token with {@code hash} and its bearer, in one read: what authenticating a request needs. */
    Optional<TokenBearer> bearerByHash(String hash);

    void revoke(String id, Instant at);
}
