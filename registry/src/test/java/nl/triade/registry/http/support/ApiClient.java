package nl.triade.registry.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A small HTTP client for tests of the running registry in which every response is checked
 * against the OpenAPI spec before the test gets to see it.
 *
 * <p>Why: the spec is the contract clients rely on. Validating in the one place all test traffic
 * passes through means no test can receive a response that drifted from the spec, and test code
 * stays about behaviour ({@code assertEquals(201, response.status())}) instead of re-checking
 * field names and types. A non-conforming response fails with an {@link AssertionError} listing
 * what is wrong, even in tests that expect an error status.
 *
 * <pre>{@code
 * ApiClient api = new ApiClient(URI.create("http://localhost:" + port),
 *         SpecValidator.fromSystemProperty());
 * ApiResponse created = api.as(editorToken).post("/api/v1/documents", Map.of("title", "Pain"));
 * api.as(editorToken).put("/api/v1/documents/" + id, update, "If-Match", created.etag());
 * api.get("/api/v1/documents");                       // anonymous
 * api.send("POST", "/api/v1/documents", "application/json", "{not json");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe, and all share one {@link HttpClient}, so creating
 * them freely (for example one per caller via {@link #as(String)}) costs nothing. Redirects are
 * not followed, so tests see exactly what the server sent. Each request times out after 10
 * seconds.
 */
public final class ApiClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String JSON_TYPE = "application/json";

    /**
     * One client for all instances: tests create many {@code ApiClient}s (one per caller), and
     * each JDK {@code HttpClient} owns a selector thread and a connection pool.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private final String base;
    private final SpecValidator validator;
    private final String token;

    /**
     * @param baseUri scheme, host and port of the server, e.g. {@code http://localhost:7070};
     *     request paths are appended to it verbatim
     * @param validator the spec every response is checked against
     */
    public ApiClient(URI baseUri, SpecValidator validator) {
        this(stripTrailingSlash(Objects.requireNonNull(baseUri, "baseUri").toString()),
                Objects.requireNonNull(validator, "validator"), null);
    }

    private ApiClient(String base, SpecValidator validator, String token) {
        this.base = base;
        this.validator = validator;
        this.token = token;
    }

    /**
     * A copy of this client that sends {@code Authorization: Bearer <token>}; null gives an
     * anonymous client.
     */
    public ApiClient as(String token) {
        return new ApiClient(base, validator, token);
    }

    /** {@code GET path}; {@code headers} are name/value pairs, e.g. {@code "If-None-Match", etag}. */
    public ApiResponse get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    /**
     * {@code POST path} with {@code body} as {@code application/json}: a {@code Map}, record or
     * {@code JsonNode} is serialised with Jackson, a {@code String} is sent as is, null sends no
     * body.
     */
    public ApiResponse post(String path, Object body, String... headers) {
        return sendJson("POST", path, body, headers);
    }

    /** {@code PUT path} with {@code body} as JSON, e.g. {@code put(path, body, "If-Match", etag)}. */
    public ApiResponse put(String path, Object body, String... headers) {
        return sendJson("PUT", path, body, headers);
    }

    /**
     * {@code PATCH path} with {@code body} as JSON; pass {@code "Content-Type", ...} in
     * {@code headers} to use another media type such as {@code application/merge-patch+json}.
     */
    public ApiResponse patch(String path, Object body, String... headers) {
        return sendJson("PATCH", path, body, headers);
    }

    /** {@code DELETE path}, e.g. {@code delete(path, "If-Match", etag)}. */
    public ApiResponse delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    private ApiResponse sendJson(String method, String path, Object body, String... headers) {
        if (body == null) {
            return send(method, path, null, null, headers);
        }
        return send(method, path, JSON_TYPE, toJson(body), headers);
    }

    /**
     * Sends a request exactly as given, for tests of malformed input, and returns the validated
     * response.
     *
     * @param method any HTTP method
     * @param path path and optional query string, starting with {@code /}; sent verbatim, so it
     *     must already be percent-encoded
     * @param contentType the {@code Content-Type} header, or null to send none
     * @param rawBody the body, or null to send none
     * @param headerNameValuePairs extra headers as name, value, name, value...; a pair with a null
     *     value is skipped; {@code Content-Type} or {@code Authorization} given here win over the
     *     defaults
     * @throws AssertionError if the response does not conform to the spec
     * @throws UncheckedIOException if the request fails or times out
     */
    public ApiResponse send(String method, String path, String contentType, String rawBody,
            String... headerNameValuePairs) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Path must start with '/': " + path);
        }
        if (headerNameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException(
                    "Headers must be name/value pairs, got an odd number of strings");
        }
        String verb = method.toUpperCase(Locale.ROOT);
        URI uri = URI.create(base + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .method(verb, rawBody == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(rawBody));
        boolean explicitContentType = false;
        boolean explicitAuthorization = false;
        for (int i = 0; i < headerNameValuePairs.length; i += 2) {
            String name = Objects.requireNonNull(headerNameValuePairs[i], "header name");
            String value = headerNameValuePairs[i + 1];
            if (value != null) {
                request.header(name, value);
                explicitContentType |= name.equalsIgnoreCase("Content-Type");
                explicitAuthorization |= name.equalsIgnoreCase("Authorization");
            }
        }
        if (contentType != null && !explicitContentType) {
            request.header("Content-Type", contentType);
        }
        if (token != null && !explicitAuthorization) {
            request.header("Authorization", "Bearer " + token);
        }

        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(verb + " " + uri + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + verb + " " + uri, e);
        }
        String body = response.body() == null ? "" : response.body();
        validator.assertValid(verb, pathWithoutQuery(path), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null), body);
        return new ApiResponse(response.statusCode(), response.headers(), body);
    }

    @Override
    public String toString() {
        return "ApiClient[" + base + (token == null ? ", anonymous" : ", bearer") + "]";
    }

    private static String toJson(Object body) {
        if (body instanceof String raw) {
            return raw;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise request body " + body, e);
        }
    }

    private static String pathWithoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static String stripTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
