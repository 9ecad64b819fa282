package nl.triade.registry.http.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A document cannot grow without bound: past a count limit a change is a 422, past the total
 * content size a 413, each naming rule, field and limit, and the document stays as it was.
 */
class DocumentLimitsTest {
    // hundreds of edits by one account are the point here, not the write rate
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_RATE_LIMITS", "off"));
    private static ApiClient author;

    @BeforeAll
    static void start() {
        Parties parties = new Parties(registry);
        parties.organisation("nierpatienten", "patient");
        author = parties.as("nierpatienten", "member");
    }

    private static String newDocument(String title) {
        return author.post("/api/v1/documents", Map.of("kind", "standard", "title", title)).json().get("id").asText();
    }

    private static ApiResponse putSection(String id, String key, String body) {
        return author.put("/api/v1/documents/" + id + "/sections/" + key, Map.of("title", "Hoofdstuk " + key, "body", body),
                "If-None-Match", "*");
    }

    private static void assertLimit(ApiResponse response, int status, String rule, String field, long limit) {
        String shown = response.body().substring(0, Math.min(500, response.body().length()));
        assertEquals(status, response.status(), shown);
        assertEquals(rule, response.json().get("rule").asText(), shown);
        assertEquals(field, response.json().get("field").asText(), shown);
        assertEquals(limit, response.json().get("limit").asLong(), shown);
    }

    @Test
    void aSectionThatTakesTheDocumentPastTwoMebibytesIsRefusedAndSmallerEditsStillWork() {
        String id = newDocument("Nierfalen");
        for (int i = 1; i <= 10; i++) {
            assertEquals(201, putSection(id, "deel-" + i, "n".repeat(200_000)).status());
        }
        String before = author.get("/api/v1/documents/" + id).body();

        assertLimit(putSection(id, "deel-11", "n".repeat(200_000)), 413, "max-content-bytes", "sections", 2_097_152);

        assertEquals(before, author.get("/api/v1/documents/" + id).body());
        assertEquals(201, putSection(id, "deel-11", "n".repeat(90_000)).status());
    }

    @Test
    void the501stSectionIsRefused() {
        String id = newDocument("Dialyse");
        for (int i = 1; i <= 500; i++) {
            assertEquals(201, putSection(id, "s" + i, "tekst").status());
        }
        ApiResponse refused = putSection(id, "s501", "tekst");

        assertLimit(refused, 422, "max-sections", "sections", 500);
        assertEquals(501, author.get("/api/v1/documents/" + id).json().get("revision").asInt());
    }
}
