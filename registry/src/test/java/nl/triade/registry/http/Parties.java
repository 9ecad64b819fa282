package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;

/** Creates organisations and accounts through the API, as an administrator would, and hands back their tokens. */
public final class Parties {
    private static final AtomicInteger EMAILS = new AtomicInteger();
    private final ServedRegistry registry;
    private final ApiClient admin;

    public Parties(ServedRegistry registry) {
        this.registry = registry;
        this.admin = registry.admin();
    }

    public void organisation(String slug, String kind) {
        ApiResponse response = admin.post("/api/v1/organisations", Map.of("slug", slug, "name", "Organisation " + slug, "kind", kind));
        assertEquals(201, response.status(), response.body());
    }

    /** A client acting as a new account of {@code organisation} with {@code role}. */
    public ApiClient as(String organisation, String role) {
        return registry.as(token(organisation, role));
    }

    /** A new account of {@code organisation} with {@code role}; returns its token. */
    public String token(String organisation, String role) {
        return tokenOf(accountId(organisation, role));
    }

    public String accountId(String organisation, String role) {
        ApiResponse account = admin.post("/api/v1/accounts", Map.of("name", role + " of " + organisation,
                "email", "person" + EMAILS.incrementAndGet() + "@" + organisation + ".test", "organisation", organisation,
                "role", role));
        assertEquals(201, account.status(), account.body());
        return account.json().get("id").asText();
    }

    public String tokenOf(String accountId) {
        ApiResponse token = admin.post("/api/v1/accounts/" + accountId + "/tokens", Map.of());
        assertEquals(201, token.status(), token.body());
        return token.json().get("token").asText();
    }
}
