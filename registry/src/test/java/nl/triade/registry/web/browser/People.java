package nl.triade.registry.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiResponse;

/**
 * Organisations and the people in them, made through the API as an administrator would, for tests
 * that go on in a browser: {@link #person} is an account with a token and no password yet (someone
 * to invite), {@link #signedUp} one who has set a password from a one-time link, sent as the
 * set-password page's form is sent, so that a test may sign them in without first walking them
 * through their invitation.
 */
public final class People {
    /** A sentence of ordinary words, as the password advice asks; every person made here uses it. */
    public static final String PASSWORD = "de fiets staat achter het huis";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final RunningRegistry registry;

    private People(RunningRegistry registry) {
        this.registry = registry;
    }

    public static People in(RunningRegistry registry) {
        return new People(registry);
    }

    public void organisation(String slug, String name, String kind) {
        ApiResponse made = registry.admin().post("/api/v1/organisations", Map.of("slug", slug, "name", name, "kind", kind));
        assertEquals(201, made.status(), made.body());
    }

    /** A new account of {@code organisation}, {@code name} at {@code <first name>@<organisation>.test}, with a token and no password. */
    public Person person(String organisation, String role, String name) {
        String email = name.split(" ")[0].toLowerCase(Locale.ROOT) + "@" + organisation + ".test";
        ApiResponse account = registry.admin().post("/api/v1/accounts", Map.of("name", name, "email", email,
                "organisation", organisation, "role", role));
        assertEquals(201, account.status(), account.body());
        String id = account.json().get("id").asText();
        ApiResponse token = registry.admin().post("/api/v1/accounts/" + id + "/tokens", Map.of());
        assertEquals(201, token.status(), token.body());
        return new Person(id, name, email, organisation, null, registry.as(token.json().get("token").asText()));
    }

    /** As {@link #person}, who has also set {@link #PASSWORD} from a link an administrator issued. */
    public Person signedUp(String organisation, String role, String name) {
        Person person = person(organisation, role, name);
        ApiResponse issued = registry.admin().post("/api/v1/accounts/" + person.accountId() + "/password-link", Map.of());
        assertEquals(201, issued.status(), issued.body());
        setPassword(issued.json().get("link").asText(), PASSWORD);
        return person.withPassword(PASSWORD);
    }

    /** Sends the set-password page's form for the one-time {@code link}, as a browser on this registry's page would. */
    private void setPassword(String link, String password) {
        String code = URI.create(link).getQuery().substring("code=".length());
        String form = "code=" + encode(code) + "&password=" + encode(password) + "&repeat=" + encode(password);
        URI base = registry.baseUri();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/wachtwoord-instellen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.getScheme() + "://" + base.getRawAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> set = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(303, set.statusCode(), set.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
