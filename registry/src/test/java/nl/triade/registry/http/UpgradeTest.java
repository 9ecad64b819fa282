package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A database written by the landed release (see {@code upgrade/README.md}) starts on this code with
 * every content hash, revision, token and event intact: what the old release answered is what this
 * one answers.
 */
@Tag("sqlite-only") // earlier releases wrote SQLite only
class UpgradeTest {
    private static final String PIET_TOKEN = "triade_R0iBdJYNEEfNYKEuAWUk4PXvO4AjVQJpO5I9Vb-_YVA";
    private static RunningRegistry registry;
    private static JsonNode expected;
    private static ApiClient administrator;

    @BeforeAll
    static void startOnTheLandedReleasesDatabase() throws IOException, URISyntaxException {
        Path fixture = Path.of(UpgradeTest.class.getResource("/upgrade/landed-release.db").toURI());
        expected = new ObjectMapper().readTree(UpgradeTest.class.getResource("/upgrade/landed-release.expected.json"));
        registry = RunningRegistry.startOn(fixture);
        administrator = registry.as("demo-administrator");
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @Test
    void everyDocumentKeepsItsRevisionAndContentHash() {
        for (JsonNode document : expected.get("documents")) {
            ApiResponse current = administrator.get("/api/v1/documents/" + document.get("id").asText());
            assertEquals(200, current.status(), current.body());
            for (String field : new String[] {"title", "status", "version", "revision", "contentHash"}) {
                assertEquals(document.get(field), current.json().get(field), document.get("id") + " " + field);
            }
        }
    }

    @Test
    void everyRevisionKeepsItsContentHash() {
        for (JsonNode document : expected.get("documents")) {
            String id = document.get("id").asText();
            for (JsonNode revision : document.get("revisions")) {
                ApiResponse stored = administrator.get("/api/v1/documents/" + id + "/revisions/" + revision.get("number").asInt());
                assertEquals(200, stored.status(), stored.body());
                assertEquals(revision.get("contentHash"), stored.json().get("contentHash"), id + " revision " + revision.get("number"));
            }
        }
    }

    @Test
    void tokensIssuedByTheLandedReleaseStillAuthenticate() {
        ApiResponse piet = registry.as(PIET_TOKEN).get("/api/v1/me");
        assertEquals(200, piet.status(), piet.body());
        assertEquals("Piet Vrijwilliger", piet.json().get("name").asText());
        assertEquals(200, registry.as("demo-diabetesvereniging-org-admin").get("/api/v1/me").status());
    }

    @Test
    void theEventChainIsIntactAndUnchanged() {
        ApiResponse verification = administrator.get("/api/v1/events/verify");
        assertEquals(200, verification.status(), verification.body());
        assertTrue(verification.json().get("valid").asBoolean(), verification.body());
        ApiResponse last = administrator.get("/api/v1/events?after=" + (expected.get("events").get("last").asInt() - 1));
        assertEquals(200, last.status(), last.body());
        JsonNode event = last.json().get("items").get(0);
        assertEquals(expected.get("events").get("last").asInt(), event.get("seq").asInt());
        assertEquals(expected.get("events").get("lastHash"), event.get("hash"));
    }
}
