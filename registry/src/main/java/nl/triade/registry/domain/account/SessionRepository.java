package nl.triade.registry.domain.account;

import java.time.Instant;
import java.util.Optional;

/** Server-side sessions, found by the hash of the cookie's secret. */
public interface SessionRepository {
    void insert(Session session);

    Optional<Session> find(String hash);

    void touch(String hash, Instant at);

    void delete(String hash);

    void deleteOfAccount(String accountId);

    /** Removes sessions last seen before {@code idleBefore} or created before {@code createdBefore}. */
    void deleteExpired(Instant idleBefore, Instant createdBefore);
}
