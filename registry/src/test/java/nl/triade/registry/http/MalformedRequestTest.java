package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Malformed cursors, preconditions and bodies are {@code 400} problems that name the field, in our
 * own words: no library class, Java type or parser feature leaks into a message, and nothing changes.
 */
class MalformedRequestTest {
    /** What a message must never contain: package names, Jackson's vocabulary, Java type names. */
    private static final Pattern INTERNALS = Pattern.compile(
            "com\\.fasterxml|jackson|java\\.|javax\\.|org\\.eclipse|\\bFeature\\b|JsonReadFeature|`|"
                    + "\\b(int|long|Integer|Long|String|LocalDate|Instant|MonthOfYear|Object)\\b|out of range of|CTRL-CHAR|"
                    + "\\(code \\d+\\)|Exception|\\bclass\\b|Cannot (construct|deserialize)|\\[Source");

    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static ApiClient author;
    private static String document;
    private static String before;

    @BeforeAll
    static void start() {
        Parties parties = new Parties(registry);
        parties.organisation("nierpatienten", "patient");
        author = parties.as("nierpatienten", "member");
        document = "/api/v1/documents/" + author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Nierfalen"))
                .json().get("id").asText();
        author.put(document + "/sections/zorg", Map.of("title", "Zorg", "body", "tekst"), "If-None-Match", "*");
        before = author.get(document).body();
    }

    @AfterEach
    void documentUnchanged() {
        assertEquals(before, author.get(document).body());
    }

    private static void assertRefused(ApiResponse response, String field, String rule) {
        assertEquals(400, response.status(), response.body());
        assertTrue(response.header("Content-Type").startsWith("application/problem+json"), response.body());
        assertEquals(field, response.json().get("field").asText(), response.body());
        assertEquals(rule, response.json().get("rule").asText(), response.body());
        assertFalse(INTERNALS.matcher(response.body()).find(), "names internals: " + response.body());
    }

    @Test
    void aCursorThisServerNeverHandedOutIsRefusedOnEveryList() {
        List<String> lists = List.of("/api/v1/organisations", "/api/v1/events", "/api/v1/documents",
                document + "/revisions", document + "/comments", document + "/approvals");
        for (String list : lists) {
            for (String cursor : List.of("bogus", "abc", "MA", "LTU", "zzzz", "AAAAAAAAAAAAAAAA", "%25%25")) {
                assertRefused(registry.admin().get(list + "?cursor=" + cursor), "cursor", "format");
            }
        }
    }

    @Test
    void aCursorThatWasHandedOutStillLeadsToTheNextPage() {
        ApiResponse first = registry.admin().get("/api/v1/events?limit=1");
        String next = first.json().get("next").asText();
        ApiResponse second = registry.admin().get("/api/v1/events?limit=1&cursor=" + next);
        assertEquals(200, second.status(), second.body());
        assertEquals(first.json().get("items").get(0).get("seq").asLong() + 1,
                second.json().get("items").get(0).get("seq").asLong());
    }

    @Test
    void anIfMatchThatIsNotAnEtagOrStarIsRefused() {
        for (String ifMatch : List.of("\"-1\"", "-1", "\"0\"", "\"abc\"", "abc", "\"2\", \"3\"", "\"99999999999\"", "\"", "W/\"x\"")) {
            assertRefused(author.patch(document, Map.of("title", "Gewijzigd"), "If-Match", ifMatch), "If-Match", "format");
            assertRefused(author.put(document + "/sections/zorg", Map.of("title", "Zorg", "body", "anders"), "If-Match", ifMatch),
                    "If-Match", "format");
        }
    }

    @Test
    void aStaleButWellFormedIfMatchIsStillPreconditionFailed() {
        assertEquals(412, author.patch(document, Map.of("title", "Gewijzigd"), "If-Match", "\"1\"").status());
    }

    @Test
    void malformedBodiesAreRefusedInOurOwnWords() {
        Map<String, String> corpus = Map.ofEntries(
                Map.entry("{\"title\": ", "body"),
                Map.entry("{\"title\": \"x\"} trailing", "body"),
                Map.entry("{'title': 'x'}", "body"),
                Map.entry("{\"title\": /* comment */ \"x\"}", "body"),
                Map.entry("{\"title\": \"a\u0001b\"}", "body"),
                Map.entry("{\"maintenancePlan\": {\"maintainedBy\": \"nierpatienten\", \"reviewIntervalMonths\": NaN}}", "body"),
                Map.entry("{\"maintenancePlan\": {\"maintainedBy\": \"nierpatienten\", \"reviewIntervalMonths\": 99999999999999}}",
                        "maintenancePlan.reviewIntervalMonths"),
                Map.entry("{\"maintenancePlan\": {\"maintainedBy\": \"nierpatienten\", \"reviewIntervalMonths\": 1e400}}",
                        "maintenancePlan.reviewIntervalMonths"),
                Map.entry("{\"maintenancePlan\": {\"maintainedBy\": \"nierpatienten\", \"reviewIntervalMonths\": \"vaak\"}}",
                        "maintenancePlan.reviewIntervalMonths"),
                Map.entry("{\"reviewBy\": [2027, 13, 1]}", "reviewBy"),
                Map.entry("{\"reviewBy\": 20271231}", "reviewBy"),
                Map.entry("{\"reviewBy\": \"2027-02-30\"}", "reviewBy"),
                Map.entry("{\"timelines\": [{\"deliverable\": \"x\", \"dueDate\": [2020, 0, 1]}]}", "timelines[0].dueDate"),
                Map.entry("{\"timelines\": {}}", "timelines"),
                Map.entry("{\"title\": {\"nl\": \"x\"}}", "title"));
        corpus.forEach((body, field) -> {
            ApiResponse response = author.send("PATCH", document, "application/merge-patch+json", body, "If-Match", "\"2\"");
            assertEquals(400, response.status(), body + " -> " + response.body());
            assertEquals(field, response.json().get("field").asText(), body + " -> " + response.body());
            assertFalse(INTERNALS.matcher(response.body()).find(), body + " -> names internals: " + response.body());
        });
    }

    @Test
    void malformedBodiesOfNewResourcesAreRefusedInOurOwnWords() {
        for (String body : List.of("{\"kind\": \"standard\", \"title\": \"x\", \"reviewBy\": [1, 2]}", "{\"kind\": NaN}",
                "{\"kind\": \"standard\", \"title\": \"x\", \"maintenancePlan\": {\"reviewIntervalMonths\": 1e99}}", "[",
                "\"text\"", "{\"kind\": \"standard\"\"title\": \"x\"}")) {
            ApiResponse response = author.send("POST", "/api/v1/documents", "application/json", body);
            assertEquals(400, response.status(), body + " -> " + response.body());
            assertFalse(INTERNALS.matcher(response.body()).find(), body + " -> names internals: " + response.body());
        }
    }
}
