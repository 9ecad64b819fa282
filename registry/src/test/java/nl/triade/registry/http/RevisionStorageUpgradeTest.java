package nl.triade.registry.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Revisions moved from full copies to content parts (migration 11). On the landed release's
 * database every revision, revision list, edition list and edition answers exactly what the landed
 * release answered ({@code upgrade/landed-release.responses.json}, recorded from it), and editing
 * after the upgrade leaves the migrated history as it was (revision lists may only grow).
 */
@Tag("sqlite-only") // earlier releases wrote SQLite only
class RevisionStorageUpgradeTest {
    private static RunningRegistry registry;
    private static JsonNode landed;
    private static ApiClient administrator;

    @BeforeAll
    static void startOnTheLandedReleasesDatabase() throws IOException, URISyntaxException {
        Path fixture = Path.of(RevisionStorageUpgradeTest.class.getResource("/upgrade/landed-release.db").toURI());
        landed = new ObjectMapper().readTree(RevisionStorageUpgradeTest.class.getResource("/upgrade/landed-release.responses.json"));
        registry = RunningRegistry.startOn(fixture);
        administrator = registry.as("demo-administrator");
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    private static void assertAnswersAsTheLandedRelease() {
        for (Iterator<Map.Entry<String, JsonNode>> answers = landed.fields(); answers.hasNext(); ) {
            Map.Entry<String, JsonNode> answer = answers.next();
            ApiResponse now = administrator.get(answer.getKey());
            assertEquals(200, now.status(), answer.getKey() + ": " + now.body());
            JsonNode expected = answer.getValue();
            JsonNode actual = now.json();
            if (answer.getKey().contains("/revisions?")) {
                JsonNode items = actual.get("items");
                for (int i = 0; i < expected.get("items").size(); i++) {
                    assertAnsweredAlike(expected.get("items").get(i), items.get(i), answer.getKey() + " item " + i);
                }
            } else {
                assertAnsweredAlike(expected, actual, answer.getKey());
            }
        }
    }

    /**
     * Everything the landed release answered is answered the same; members this release added
     * (such as {@code absences}, or an edition's {@code status}) may stand beside it, also in the
     * items of a list, as the spec allows a client to expect.
     */
    private static void assertAnsweredAlike(JsonNode expected, JsonNode actual, String where) {
        if (expected.isArray() && actual != null && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                assertAnsweredAlike(expected.get(i), actual.get(i), where + "[" + i + "]");
            }
            return;
        }
        if (!expected.isObject() || actual == null || !actual.isObject()) {
            assertEquals(expected, actual, where);
            return;
        }
        expected.fields().forEachRemaining(member ->
                assertAnsweredAlike(member.getValue(), actual.get(member.getKey()), where + "/" + member.getKey()));
    }

    @Test
    void everyRevisionAndEditionReadsExactlyAsTheLandedReleaseServedIt() {
        assertEquals(true, landed.size() > 30, "the recording covers every revision");
        assertAnswersAsTheLandedRelease();
    }

    @Test
    void editsAfterTheUpgradeLeaveTheMigratedHistoryAsItWas() {
        ApiClient anna = registry.as("demo-diabetesvereniging-org-admin");
        String id = "doc_tkq4kcgr5qe6ydd0";
        ApiResponse added = anna.put("/api/v1/documents/" + id + "/sections/na-de-upgrade",
                Map.of("title", "Na de upgrade", "body", "Een nieuwe sectie."), "If-None-Match", "*");
        assertEquals(201, added.status(), added.body());
        ApiResponse revision = anna.get("/api/v1/documents/" + id + "/revisions/8");
        assertEquals(200, revision.status(), revision.body());
        assertEquals(anna.get("/api/v1/documents/" + id).json().get("contentHash"), revision.json().get("contentHash"));

        assertAnswersAsTheLandedRelease();
        registry.restart();
        assertAnswersAsTheLandedRelease();
    }
}
