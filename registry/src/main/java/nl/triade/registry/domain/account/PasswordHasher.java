package nl.triade.registry.domain.account;

/**
 * The slow, salted hash of people's passwords (Argon2id in production). Calls are CPU and memory
 * heavy by design: callers run them outside every transaction and inside a work slot.
 */
public interface PasswordHasher {

    /** A self-describing hash of {@code password} (algorithm, parameters, salt and digest in one string). */
    String hash(String password);

    /** Whether {@code password} matches {@code stored}; false for a stored hash this hasher cannot read. */
    boolean matches(String password, String stored);

    /** Whether {@code stored} was made with other parameters than today's, so a sign-in should store a new hash. */
    boolean needsRehash(String stored);
}
