package nl.triade.registry.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.web.signin.FormClient;

/**
 * People who use the pages: an account given a password the way its holder would set it (from a
 * link the administrator issues, on the set-password page), and signed in over HTTP or ready to
 * sign in in a real browser with {@link #PASSWORD}. For tests of pages that need someone signed in.
 */
public final class WebPeople {
    /** Every test person's password: long enough for the registry's rule, easy to type by keyboard. */
    public static final String PASSWORD = "mijn kat slaapt graag";
    private final RunningRegistry registry;

    public WebPeople(RunningRegistry registry) {
        this.registry = registry;
    }

    /** Gives {@code accountId} the password {@link #PASSWORD}; returns the e-mail address it signs in with. */
    public String withPassword(String accountId) {
        ApiResponse issued = registry.admin().post("/api/v1/accounts/" + accountId + "/password-link", Map.of());
        assertEquals(201, issued.status(), issued.body());
        String link = issued.json().get("link").asText();
        String code = URLDecoder.decode(link.substring(link.indexOf("code=") + 5), StandardCharsets.UTF_8);
        FormClient.Page set = new FormClient(registry.baseUri()).post("/wachtwoord-instellen", "code", code,
                "password", PASSWORD, "repeat", PASSWORD);
        assertEquals(303, set.status(), set.body());
        return registry.admin().get("/api/v1/accounts/" + accountId).json().get("email").asText();
    }

    /**
     * A browser without a screen, signed in with {@code email} and {@link #PASSWORD}: a new session,
     * so a test that drives the registry's clock past a session's lifetime leaves the next test a live one.
     */
    public FormClient signIn(String email) {
        FormClient browser = new FormClient(registry.baseUri());
        FormClient.Page signedIn = browser.post("/aanmelden", "email", email, "password", PASSWORD, "next", "/");
        assertEquals(303, signedIn.status(), signedIn.body());
        return browser;
    }
}
