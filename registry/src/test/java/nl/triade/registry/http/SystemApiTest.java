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
    void theDocsPageStylesheetAndScriptAreServed() throws Exception {
        String page = registry.anonymous().get("/docs").body();
        var client = java.net.http.HttpClient.newHttpClient();
        int served = 0;
        for (int start = page.indexOf("/webjars/"); start >= 0; start = page.indexOf("/webjars/", start + 1)) {
            String asset = page.substring(start, page.indexOf('"', start));
            var response = client.send(java.net.http.HttpRequest.newBuilder(registry.baseUri().resolve(asset)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), asset);
            assertTrue(response.body().length > 1000, asset);
            String type = response.headers().firstValue("Content-Type").orElseThrow();
            assertTrue(asset.endsWith(".css") ? type.startsWith("text/css") : type.startsWith("text/javascript"), asset + ": " + type);
            served++;
        }
        assertEquals(2, served, "the page names swagger-ui's stylesheet and its script");
    }

    /** Raw HTTP: only the docs page's own two files are served from swagger-ui's webjar, and nothing beside them. */
    @Test
    void noOtherFileOfTheClassPathIsServedAsAWebjar() throws Exception {
        String page = registry.anonymous().get("/docs").body();
        int start = page.indexOf("/webjars/swagger-ui/");
        String folder = page.substring(start, page.indexOf('/', start + "/webjars/swagger-ui/".length()) + 1);
        var client = java.net.http.HttpClient.newHttpClient();
        for (String path : new String[] {folder + "index.html", folder + "..%2F..%2F..%2Fapi-spec%2Fopenapi.yaml",
            "/webjars/htmx.org/2.0.8/dist/htmx.min.js", "/webjars/swagger-ui/0.0.1/swagger-ui.css"}) {
            var response = client.send(java.net.http.HttpRequest.newBuilder(registry.baseUri().resolve(path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            assertEquals(404, response.statusCode(), path);
        }
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
