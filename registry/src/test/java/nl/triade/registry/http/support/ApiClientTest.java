package nl.triade.registry.http.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@link ApiClient} sends what the test asked for and never hands a test a response
 * that does not match the spec. A JDK {@link HttpServer} plays the registry: it records the last
 * request and answers with whatever the test scripted.
 */
class ApiClientTest {

    private static final String DOCUMENT = """
            {"id":"abc","title":"Pain","status":"draft","createdAt":"2024-05-01T10:15:30Z",\
            "summary":null}""";

    private record Recorded(String method, String uri, String contentType, String authorization,
            String ifMatch, String body) {
    }

    private record Scripted(int status, String contentType, String etag, String body) {
    }

    private record NewDocument(String title, Instant at) {
    }

    private final AtomicReference<Recorded> lastRequest = new AtomicReference<>();
    private final AtomicReference<Scripted> nextResponse = new AtomicReference<>();
    private HttpServer server;
    private ApiClient api;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        api = new ApiClient(URI.create("http://localhost:" + server.getAddress().getPort()),
                new SpecValidator(SpecValidatorTest.fixture()));
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = exchange.getRequestHeaders();
            lastRequest.set(new Recorded(exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(), headers.getFirst("Content-Type"),
                    headers.getFirst("Authorization"), headers.getFirst("If-Match"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Scripted response = nextResponse.get();
            if (response.contentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", response.contentType());
            }
            if (response.etag() != null) {
                exchange.getResponseHeaders().set("ETag", response.etag());
            }
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void respond(int status, String contentType, String body) {
        nextResponse.set(new Scripted(status, contentType, null, body));
    }

    @Test
    void conformingResponseIsReturnedWithItsParts() {
        nextResponse.set(new Scripted(201, "application/json", "\"v1\"", DOCUMENT));

        ApiResponse response = api.post("/api/v1/documents", Map.of("title", "Pain"));

        assertEquals(201, response.status());
        assertEquals("\"v1\"", response.etag());
        assertEquals("application/json", response.header("content-type"));
        assertNull(response.header("X-Absent"));
        assertEquals("Pain", response.json().get("title").asText());
        assertTrue(response.json().get("summary").isNull());
    }

    @Test
    void driftingResponseNeverReachesTheTest() {
        respond(200, "application/json", DOCUMENT.replace("}", ",\"owner\":\"x\"}"));

        AssertionError error = assertThrows(AssertionError.class,
                () -> api.get("/api/v1/documents/abc"));
        assertTrue(error.getMessage().contains("owner"), error.getMessage());
    }

    @Test
    void errorResponsesAreValidatedToo() {
        respond(412, "application/problem+json", "{\"title\":\"Stale\"}");

        assertThrows(AssertionError.class, () -> api.put("/api/v1/documents/abc", Map.of()));
    }

    @Test
    void anonymousClientSendsNoAuthorization() {
        respond(200, "application/json", DOCUMENT);

        api.get("/api/v1/documents/abc");

        assertNull(lastRequest.get().authorization());
    }

    @Test
    void asSendsTheBearerTokenWithoutChangingTheOriginal() {
        respond(200, "application/json", DOCUMENT);

        api.as("secret").get("/api/v1/documents/abc");
        assertEquals("Bearer secret", lastRequest.get().authorization());

        api.get("/api/v1/documents/abc");
        assertNull(lastRequest.get().authorization());

        api.as("secret").as(null).get("/api/v1/documents/abc");
        assertNull(lastRequest.get().authorization());
    }

    @Test
    void recordBodiesAreSerialisedAsJsonWithIsoDates() {
        nextResponse.set(new Scripted(201, "application/json", null, DOCUMENT));

        api.post("/api/v1/documents", new NewDocument("Pain", Instant.parse("2024-05-01T10:15:30Z")));

        assertEquals("POST", lastRequest.get().method());
        assertEquals("application/json", lastRequest.get().contentType());
        assertEquals("{\"title\":\"Pain\",\"at\":\"2024-05-01T10:15:30Z\"}", lastRequest.get().body());
    }

    @Test
    void jsonNodeAndStringBodiesAreSentAsJson() {
        respond(200, "application/json", DOCUMENT);

        api.put("/api/v1/documents/abc", JsonNodeFactory.instance.objectNode().put("title", "X"));
        assertEquals("{\"title\":\"X\"}", lastRequest.get().body());

        api.put("/api/v1/documents/abc", "{\"title\":\"raw\"}");
        assertEquals("{\"title\":\"raw\"}", lastRequest.get().body());
        assertEquals("application/json", lastRequest.get().contentType());
    }

    @Test
    void extraHeadersAreSentAndMayOverrideTheContentType() {
        respond(412, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Stale\",\"status\":412}");

        ApiResponse response = api.put("/api/v1/documents/abc", Map.of("title", "X"),
                "If-Match", "\"v0\"", "Content-Type", "application/merge-patch+json");

        assertEquals(412, response.status());
        assertEquals("\"v0\"", lastRequest.get().ifMatch());
        assertEquals("application/merge-patch+json", lastRequest.get().contentType());
    }

    @Test
    void deleteWithoutContentIsAccepted() {
        respond(204, null, "");

        ApiResponse response = api.delete("/api/v1/documents/abc", "If-Match", "\"v1\"");

        assertEquals(204, response.status());
        assertEquals("", response.body());
        assertEquals("DELETE", lastRequest.get().method());
        assertEquals("\"v1\"", lastRequest.get().ifMatch());
    }

    @Test
    void sendPassesMalformedInputThroughVerbatim() {
        respond(400, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Bad JSON\",\"status\":400}");

        ApiResponse response = api.send("POST", "/api/v1/documents", "text/plain", "{not json");

        assertEquals(400, response.status());
        assertEquals("text/plain", lastRequest.get().contentType());
        assertEquals("{not json", lastRequest.get().body());
    }

    @Test
    void queryStringIsSentButNotValidatedAsPartOfThePath() {
        respond(200, "application/json", "{\"items\":[]}");

        api.get("/api/v1/documents?limit=10");

        assertEquals("/api/v1/documents?limit=10", lastRequest.get().uri());
    }

    @Test
    void oddHeaderArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> api.get("/api/v1/documents", "If-None-Match"));
    }

    @Test
    void jsonOfANonJsonBodyFailsTheTest() {
        respond(200, "application/yaml", "openapi: 3.1.0\n");

        ApiResponse response = api.get("/api/v1/openapi.yaml");

        assertThrows(AssertionError.class, response::json);
    }
}
