package nl.triade.registry.domain.account;

import java.time.Instant;
import java.util.Optional;

/** Stored token hashes. */
public interface TokenRepository {
    void insert(Token token);

    Optional<Token> find(String id);

    Optional<Token> findByHash(String hash);

    void revoke(String id, Instant at);
}
