package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SystemApiTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();

    @Test
    void healthAndReadinessNeedNoToken() {
        ApiResponse health = registry.anonymous().get("/health");
        assertEquals(200, health.status());
        assertEquals("up", health.json().get("status").asText());
        ApiResponse ready = registry.anonymous().get("/ready");
        assertEquals(200, ready.status());
        assertEquals("ready", ready.json().get("status").asText());
    }

    @Test
    void theSpecAndItsDocsPageAreServed() {
        ApiResponse spec = registry.anonymous().get("/openapi.yaml");
        assertEquals(200, spec.status());
        assertTrue(spec.body().startsWith("openapi: 3.1"), spec.body().substring(0, Math.min(40, spec.body().length())));
        ApiResponse docs = registry.anonymous().get("/docs");
        assertEquals(200, docs.status());
        assertTrue(docs.body().contains("/webjars/swagger-ui/"));
        assertTrue(!docs.body().contains("${"), "the swagger-ui version is filled in at build time");
    }

    @Test
    void theDocsPageScriptIsServed() throws Exception {
        String page = registry.anonymous().get("/docs").body();
        int start = page.indexOf("/webjars/");
        String script = page.substring(start, page.indexOf('"', start));
        var client = java.net.http.HttpClient.newHttpClient();
        var response = client.send(java.net.http.HttpRequest.newBuilder(registry.baseUri().resolve(script)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(200, response.statusCode());
    }

    /** Raw HTTP: an unknown path has no place in the spec, so the spec-validating client cannot ask for it. */
    @Test
    void anUnknownPathIsANotFoundProblem() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var missing = client.send(java.net.http.HttpRequest.newBuilder(registry.baseUri().resolve("/api/v1/nothing-here")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        var problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(missing.body());
        assertEquals("urn:triade:problem:not-found", problem.get("type").asText());
        assertEquals(missing.headers().firstValue("X-Request-Id").orElseThrow(), problem.get("instance").asText());
    }
}
