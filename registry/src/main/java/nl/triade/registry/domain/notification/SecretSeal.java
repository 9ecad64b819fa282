package nl.triade.registry.domain.notification;

/**
 * Keeps subscription secrets unreadable in the database. A webhook secret must be usable for HMAC at
 * every delivery, so it cannot be hashed like a token; it is sealed (encrypted) with a key kept
 * outside the database instead, so a copy of the database alone does not reveal it.
 */
public interface SecretSeal {
    String seal(String secret);

    String open(String sealed);
}
