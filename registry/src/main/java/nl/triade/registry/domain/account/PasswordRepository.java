package nl.triade.registry.domain.account;

import java.time.Instant;
import java.util.Optional;

/** Password hashes of accounts that have one, and the one open password link per account. */
public interface PasswordRepository {
    Optional<String> hashOf(String accountId);

    void put(String accountId, String hash, Instant at);

    /** Replaces the account's earlier link, used or not: only the newest one works. */
    void putLink(PasswordLink link);

    Optional<PasswordLink> findLink(String hash);

    void deleteLink(String accountId);
}
