package nl.triade.registry.http.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input to documents is a 400 naming field and rule, and the document stays exactly as it was. */
class DocumentBadInputTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static ApiClient author;
    private static String id;
    private static String before;

    @BeforeAll
    static void start() {
        Parties parties = new Parties(registry);
        parties.organisation("hoorpatienten", "patient");
        author = parties.as("hoorpatienten", "member");
        id = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Slechthorendheid")).json().get("id").asText();
        author.put("/api/v1/documents/" + id + "/sections/zorg", Map.of("title", "Zorg", "body", "tekst"), "If-None-Match", "*");
        before = author.get("/api/v1/documents/" + id).body();
    }

    @AfterEach
    void documentUnchanged() {
        assertEquals(before, author.get("/api/v1/documents/" + id).body());
        assertEquals(2, author.get("/api/v1/documents/" + id + "/revisions").json().get("items").size());
    }

    private static void assertRefused(ApiResponse response, String field, String rule) {
        assertEquals(400, response.status(), response.body());
        assertEquals(field, response.json().get("field").asText(), response.body());
        assertEquals(rule, response.json().get("rule").asText(), response.body());
    }

    @Test
    void aPatchWithAWrongTypeIsRefused() {
        assertRefused(author.send("PATCH", "/api/v1/documents/" + id, "application/merge-patch+json",
                "{\"maintenancePlan\": {\"maintainedBy\": \"x\", \"reviewIntervalMonths\": \"vaak\"}}", "If-Match", "\"2\""),
                "maintenancePlan.reviewIntervalMonths", "type");
    }

    @Test
    void aPatchThatEmptiesTheTitleIsRefused() {
        assertRefused(author.send("PATCH", "/api/v1/documents/" + id, "application/merge-patch+json", "{\"title\": null}",
                "If-Match", "\"2\""), "title", "required");
    }

    @Test
    void aBadDateIsRefused() {
        assertRefused(author.patch("/api/v1/documents/" + id, Map.of("reviewBy", "31-12-2027"), "If-Match", "\"2\""),
                "reviewBy", "format");
    }

    @Test
    void anInvalidSectionKeyIsRefused() {
        assertRefused(author.put("/api/v1/documents/" + id + "/sections/Hoofdstuk_1", Map.of("title", "T", "body", "b"),
                "If-None-Match", "*"), "key", "pattern");
    }

    @Test
    void anOverlongSectionBodyIsRefused() {
        assertRefused(author.put("/api/v1/documents/" + id + "/sections/lang", Map.of("title", "T", "body", "x".repeat(200_001)),
                "If-None-Match", "*"), "body", "max-length");
    }

    @Test
    void anUnknownEvidenceTypeIsRefused() {
        assertRefused(author.post("/api/v1/documents/" + id + "/evidence", Map.of("type", "gut-feeling", "title", "T"),
                "If-Match", "\"2\""), "type", "enum");
    }

    @Test
    void evidenceForAMissingSectionIsRefused() {
        assertRefused(author.post("/api/v1/documents/" + id + "/evidence", Map.of("type", "survey", "title", "T",
                "sectionKey", "bestaat-niet"), "If-Match", "\"2\""), "sectionKey", "must-exist");
    }

    @Test
    void anUnknownKindFilterIsRefused() {
        assertRefused(author.get("/api/v1/documents?kind=protocol"), "kind", "enum");
    }

    @Test
    void anOverlongRevisionNoteIsRefused() {
        assertRefused(author.put("/api/v1/documents/" + id + "/sections/zorg", Map.of("title", "Zorg", "body", "anders"),
                "If-Match", "\"2\"", "Revision-Note", "n".repeat(501)), "Revision-Note", "max-length");
    }
}
