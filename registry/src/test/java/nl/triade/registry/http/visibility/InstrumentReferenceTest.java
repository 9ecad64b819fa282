package nl.triade.registry.http.visibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An instrument's {@code standardId} obeys read rights: a standard the caller cannot read is
 * answered exactly like one that does not exist. And an instrument counts for the standard's
 * instrument rule (Toetsingskader) only when it shares an author organisation with the standard.
 */
class InstrumentReferenceTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of("TRIADE_PLUGIN_TIMEOUT_MS", "30000",
            "TRIADE_RATE_LIMITS", "off"), "toetsingskader");
    private static ApiClient standardAuthor;
    private static ApiClient standardSteward;
    private static ApiClient outsider;

    @BeforeAll
    static void start() {
        Parties parties = new Parties(registry);
        parties.organisation("reumapatienten", "patient");
        parties.organisation("meetbureau", "provider");
        standardAuthor = parties.as("reumapatienten", "member");
        standardSteward = parties.as("reumapatienten", "org-admin");
        outsider = parties.as("meetbureau", "member");
    }

    private static String standard(String title) {
        return standardAuthor.post("/api/v1/documents", Map.of("kind", "standard", "title", title)).json().get("id").asText();
    }

    private static ApiResponse instrument(ApiClient client, String standardId) {
        return client.post("/api/v1/documents", Map.of("kind", "instrument", "title", "Meetinstrument", "standardId", standardId));
    }

    /** The problem without what must differ: the request id and the id named in the detail. */
    private static Map<String, String> shape(ApiResponse response, String id) {
        JsonNode problem = response.json();
        return Map.of("status", Integer.toString(response.status()), "type", problem.get("type").asText(),
                "title", problem.get("title").asText(), "rule", problem.get("rule").asText(),
                "field", problem.get("field").asText(), "detail", problem.get("detail").asText().replace(id, "<id>"),
                "contentType", response.header("Content-Type"));
    }

    @Test
    void anInstrumentForAnInvisibleDraftIsRefusedLikeOneForAMissingStandard() {
        String draft = standard("Reuma, nog niet gedeeld");
        String missing = "doc_doesnotexist0000";

        ApiResponse forDraft = instrument(outsider, draft);
        ApiResponse forMissing = instrument(outsider, missing);

        assertEquals(409, forMissing.status(), forMissing.body());
        assertEquals(forMissing.status(), forDraft.status(), forDraft.body());
        assertEquals(shape(forMissing, missing), shape(forDraft, draft), forDraft.body());
        assertEquals(201, instrument(standardAuthor, draft).status(), "its own authors may measure their draft");
    }

    @Test
    void patchingAnInstrumentOntoAnInvisibleDraftIsRefusedLikeAMissingStandard() {
        String draft = standard("Reuma, ook niet gedeeld");
        String missing = "doc_doesnotexist0001";
        ApiResponse created = outsider.post("/api/v1/documents", Map.of("kind", "instrument", "title", "Los meetinstrument"));
        String path = "/api/v1/documents/" + created.json().get("id").asText();

        ApiResponse ontoDraft = outsider.patch(path, Map.of("standardId", draft), "If-Match", outsider.get(path).etag());
        ApiResponse ontoMissing = outsider.patch(path, Map.of("standardId", missing), "If-Match", outsider.get(path).etag());

        assertEquals(409, ontoMissing.status(), ontoMissing.body());
        assertEquals(ontoMissing.status(), ontoDraft.status(), ontoDraft.body());
        assertEquals(shape(ontoMissing, missing), shape(ontoDraft, draft), ontoDraft.body());
    }

    @Test
    void onlyAnInstrumentOfTheStandardsOwnAuthorsSatisfiesItsInstrumentRule() {
        String id = standard("Reuma in consultatie");
        ApiResponse opened = standardSteward.post("/api/v1/documents/" + id + "/transitions", Consultations.opening(registry));
        assertEquals(200, opened.status(), opened.body());
        assertEquals(201, instrument(outsider, id).status(), "a standard in consultation is readable, so it may be named");
        assertTrue(instrumentRuleFails(id), "a stranger's instrument does not count for the standard");

        standardSteward.post("/api/v1/documents/" + id + "/transitions", Map.of("action", "close-consultation"));
        assertEquals(201, instrument(standardAuthor, id).status());
        assertFalse(instrumentRuleFails(id), "an instrument of the standard's own authors does");
    }

    private static boolean instrumentRuleFails(String id) {
        ApiResponse report = standardAuthor.post("/api/v1/documents/" + id + "/validations", Map.of());
        assertEquals(201, report.status(), report.body());
        List<String> rules = StreamSupport.stream(report.json().get("findings").spliterator(), false)
                .map(finding -> finding.get("rule").asText()).toList();
        assertTrue(rules.contains("tk-summary"), "the toetsingskader ran: " + report.body());
        return rules.contains("tk-instrument");
    }
}
