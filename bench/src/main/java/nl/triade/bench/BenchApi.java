package nl.triade.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The set-up calls of every benchmark: JSON in and out, and any answer but a 2xx stops the benchmark. */
public final class BenchApi {
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;
    private final URI base;

    public BenchApi(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** {@code body} null sends none; {@code headers} are further name/value pairs, e.g. {@code If-Match}. */
    public JsonNode send(String method, String path, String bearer, Object body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** A new organisation {@code slug} of {@code kind}, made by the administrator, with one member; that member's token. */
    public String memberToken(String administratorToken, String slug, String kind, String email) throws IOException, InterruptedException {
        return organisationWith(administratorToken, slug, kind, "member", email).token();
    }

    /** A new organisation {@code slug} of {@code kind}, made by the administrator, with one account of {@code role} and its token. */
    public Account organisationWith(String administratorToken, String slug, String kind, String role, String email)
            throws IOException, InterruptedException {
        send("POST", "/api/v1/organisations", administratorToken, Map.of("slug", slug, "name", slug, "kind", kind));
        String account = send("POST", "/api/v1/accounts", administratorToken, Map.of("name", "Bench " + slug, "email", email,
                "organisation", slug, "role", role)).get("id").asText();
        return new Account(account, email, send("POST", "/api/v1/accounts/" + account + "/tokens", administratorToken, Map.of())
                .get("token").asText());
    }

    /** The session cookie of {@code account}, signed in through the pages after setting a password from a one-time link. */
    public String sessionCookie(String administratorToken, Account account) throws IOException, InterruptedException {
        String link = send("POST", "/api/v1/accounts/" + account.id() + "/password-link", administratorToken, Map.of())
                .get("link").asText();
        String password = "een wachtwoord voor de benchmark";
        form("/wachtwoord-instellen", "code=" + link.substring(link.indexOf("code=") + 5) + "&password=" + encode(password)
                + "&repeat=" + encode(password));
        HttpResponse<String> signIn = form("/aanmelden", "email=" + encode(account.email()) + "&password=" + encode(password));
        return signIn.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("triade_session="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException("signing in gave no session: " + signIn.body()));
    }

    private HttpResponse<String> form(String path, String fields) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base.toString())
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 303) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An account the set-up made: its id, e-mail address and API token. */
    public record Account(String id, String email, String token) {
    }
}
