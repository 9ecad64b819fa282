package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every response says {@code nosniff}; what an account sees, and every error, is {@code no-store};
 * only what anyone may read without a token may be kept by a cache, and then only revalidated.
 */
class ResponseHeaderTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();

    private static void assertHeaders(ApiResponse response, String cacheControl) {
        assertEquals("nosniff", response.header("X-Content-Type-Options"), response.toString());
        assertEquals(cacheControl, response.header("Cache-Control"), response.toString());
    }

    @Test
    void authenticatedAnswersAreNeverStored() {
        ApiClient admin = registry.admin();
        assertHeaders(admin.get("/api/v1/me"), "no-store");
        assertHeaders(admin.get("/api/v1/events"), "no-store");
        assertHeaders(admin.post("/api/v1/organisations", Map.of("slug", "kopjes", "name", "Kopjes", "kind", "patient")),
                "no-store");
        assertHeaders(admin.get("/health"), "no-store");
    }

    @Test
    void errorsAreNeverStored() {
        assertHeaders(registry.anonymous().get("/api/v1/me"), "no-store");
        assertHeaders(registry.admin().get("/api/v1/documents/doc_nothing"), "no-store");
        assertHeaders(registry.admin().get("/api/v1/organisations/nobody"), "no-store");
        assertHeaders(registry.admin().get("/api/v1/organisations?limit=0"), "no-store");
        assertHeaders(registry.as("not-a-token-anyone-has").get("/api/v1/documents"), "no-store");
    }

    @Test
    void publicAnswersMayOnlyBeStoredToBeRevalidated() {
        for (String path : List.of("/health", "/ready", "/openapi.yaml", "/api/v1/documents")) {
            assertHeaders(registry.anonymous().get(path), "no-cache");
        }
    }
}
