package nl.triade.registry.web.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiResponse;

/**
 * A browser without a screen, for the page tests: it keeps the cookies the registry sets (as a
 * browser would, by name, dropping one set with {@code Max-Age=0}), sends forms as a browser
 * does ({@code application/x-www-form-urlencoded}, with {@code Origin}), and follows no redirect,
 * so a test sees each {@code 303} and where it leads. Not thread-safe: one per person.
 */
public final class FormClient {
    /** The password {@link #signedIn} sets: long enough for the password policy. */
    public static final String PASSWORD = "een lang wachtwoord voor de tests";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public FormClient(URI base) {
        this.base = base;
    }

    /**
     * A browser in which the account {@code accountId} is signed in: the administrator issues a
     * password link for it, the account sets {@link #PASSWORD} from it and signs in, as a person does.
     */
    public static FormClient signedIn(RunningRegistry registry, String accountId) {
        return signIn(registry, withPassword(registry, accountId));
    }

    /**
     * Gives {@code accountId} the password {@link #PASSWORD} as its holder would set it, from a link
     * the administrator issues, on the set-password page; returns the e-mail address it signs in with.
     */
    public static String withPassword(RunningRegistry registry, String accountId) {
        ApiResponse issued = registry.admin().post("/api/v1/accounts/" + accountId + "/password-link", Map.of());
        if (issued.status() != 201) {
            throw new AssertionError("no password link for " + accountId + ": " + issued.body());
        }
        String link = issued.json().get("link").asText();
        Page set = new FormClient(registry.baseUri()).post("/wachtwoord-instellen", "code", link.substring(link.indexOf("code=") + 5),
                "password", PASSWORD, "repeat", PASSWORD);
        if (set.status() != 303) {
            throw new AssertionError("could not set the password of " + accountId + ": " + set.body());
        }
        return registry.admin().get("/api/v1/accounts/" + accountId).json().get("email").asText();
    }

    /**
     * A new browser signed in with {@code email} and {@link #PASSWORD}: a new session, so a test that
     * drives the registry's clock past a session's lifetime can start the next one with a live one.
     */
    public static FormClient signIn(RunningRegistry registry, String email) {
        FormClient browser = new FormClient(registry.baseUri());
        Page signedIn = browser.post("/aanmelden", "email", email, "password", PASSWORD, "next", "/");
        if (signedIn.status() != 303) {
            throw new AssertionError("could not sign in " + email + ": " + signedIn.body());
        }
        return browser;
    }

    public record Page(int status, String body, HttpResponse<String> response) {
        public Optional<String> location() {
            return response.headers().firstValue("Location");
        }

        public List<String> setCookies() {
            return response.headers().allValues("Set-Cookie");
        }

        /** The CSRF token of the page's forms. */
        public String csrf() {
            Matcher found = CSRF.matcher(body);
            if (!found.find()) {
                throw new AssertionError("no form with a CSRF token on this page:\n" + body);
            }
            return found.group(1);
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().header("Accept", "text/html"));
    }

    /** Posts {@code fields} (name, value, name, value, …) as a form from this registry's own page. */
    public Page post(String path, String... fields) {
        return postWith(path, List.of("Origin", base.getScheme() + "://" + base.getRawAuthority()), fields);
    }

    /** Posts a form with the given headers (name, value, …) instead of the own Origin. */
    public Page postWith(String path, List<String> headers, String... fields) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html");
        for (int i = 0; i < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        return send(request);
    }

    /** A JSON API call with this browser's cookies and nothing else. */
    public Page api(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().header("Accept", "application/json"));
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private Page send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                if (set.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, pair.substring(pair.indexOf('=') + 1));
                }
            }
            return new Page(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
