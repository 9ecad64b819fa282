package nl.triade.registry.domain.account;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins counted per key (an e-mail address or a client address, each hashed), in the
 * database, so every instance of the registry sees the same counts.
 */
public interface SignInFailures {
    Optional<FailureCount> find(String key);

    void put(String key, FailureCount count);

    void delete(String key);

    /** Removes counts begun before {@code before} whose lock (if any) ended before it too. */
    void deleteStale(Instant before);

    /** Failures since {@code since}, and until when the key is locked (null when it is not). */
    record FailureCount(int failures, Instant since, Instant lockedUntil) {
    }
}
