package nl.triade.registry.domain.account;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Password hashes of accounts that have one, and the one open password link per account. */
public interface PasswordRepository {
    Optional<String> hashOf(String accountId);

    /** Which of {@code accountIds} have a password: one query for a whole list of accounts. */
    Set<String> withPassword(Collection<String> accountIds);

    void put(String accountId, String hash, Instant at);

    /** Replaces the account's earlier link, used or not: only the newest one works. */
    void putLink(PasswordLink link);

    Optional<PasswordLink> findLink(String hash);

    void deleteLink(String accountId);
}
