package nl.triade.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The set-up calls of every benchmark: JSON in and out, and any answer but a 2xx stops the benchmark. */
final class BenchApi {
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;
    private final URI base;

    BenchApi(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** {@code body} null sends none; {@code headers} are further name/value pairs, e.g. {@code If-Match}. */
    JsonNode send(String method, String path, String bearer, Object body, String... headers) throws IOException, InterruptedException {
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
    String memberToken(String administratorToken, String slug, String kind, String email) throws IOException, InterruptedException {
        send("POST", "/api/v1/organisations", administratorToken, Map.of("slug", slug, "name", slug, "kind", kind));
        String account = send("POST", "/api/v1/accounts", administratorToken, Map.of("name", "Bench", "email", email,
                "organisation", slug, "role", "member")).get("id").asText();
        return send("POST", "/api/v1/accounts/" + account + "/tokens", administratorToken, Map.of()).get("token").asText();
    }
}
