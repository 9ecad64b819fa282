package nl.triade.registry.http;

import nl.triade.registry.http.support.ApiClient;

/**
 * A registry the tests reach over HTTP, wherever it runs: in the test's JVM ({@link RunningRegistry})
 * or as a server process of its own. Helpers that only talk to the API ({@link Parties}) take this.
 */
public interface ServedRegistry {
    /** A client acting with {@code token} (null: anonymous), its every response validated against the spec. */
    ApiClient as(String token);

    /** A client acting as the first administrator. */
    ApiClient admin();
}
