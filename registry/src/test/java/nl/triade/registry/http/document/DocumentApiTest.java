package nl.triade.registry.http.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.TestDatabases;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

class DocumentApiTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static ApiClient author;
    private static ApiClient provider;
    private static ApiClient patientAdmin;
    private static ApiClient insurerAdmin;

    @BeforeAll
    static void start() {
        Parties parties = new Parties(registry);
        parties.organisation("reumapatienten", "patient");
        parties.organisation("reumatologen", "provider");
        parties.organisation("zorgverzekeraar", "insurer");
        author = parties.as("reumapatienten", "member");
        provider = parties.as("reumatologen", "member");
        patientAdmin = parties.as("reumapatienten", "org-admin");
        insurerAdmin = parties.as("zorgverzekeraar", "org-admin");
    }

    static ApiResponse createStandard(ApiClient client, String title) {
        ApiResponse created = client.post("/api/v1/documents", Map.of("kind", "standard", "title", title,
                "condition", "reuma", "summary", "Samenvatting van " + title));
        assertEquals(201, created.status(), created.body());
        return created;
    }

    static String id(ApiResponse response) {
        return response.json().get("id").asText();
    }

    static ApiResponse createSection(ApiClient client, String documentId, String key, String body) {
        return client.put("/api/v1/documents/" + documentId + "/sections/" + key,
                Map.of("title", "Titel " + key, "body", body), "If-None-Match", "*");
    }

    @Test
    void aNewDocumentIsADraftAuthoredByTheCreatorsOrganisation() {
        ApiResponse created = createStandard(author, "Reumatoïde artritis");
        JsonNode document = created.json();
        assertEquals("draft", document.get("status").asText());
        assertEquals(1, document.get("version").asInt());
        assertEquals(1, document.get("revision").asInt());
        assertEquals("\"1\"", created.etag());
        assertEquals("/api/v1/documents/" + id(created), created.header("Location"));
        assertEquals(64, document.get("contentHash").asText().length());
        JsonNode participant = document.get("participants").get(0);
        assertEquals("reumapatienten", participant.get("organisation").asText());
        assertEquals("author", participant.get("role").asText());

        ApiResponse read = author.get("/api/v1/documents/" + id(created));
        assertEquals(200, read.status());
        assertEquals(document, read.json());
        assertEquals("\"1\"", read.etag());
    }

    @Test
    void aSectionIsCreatedChangedAndDeletedWithItsOwnETag() {
        String id = id(createStandard(author, "Artrose"));
        ApiResponse created = createSection(author, id, "zorginhoud", "Eerste tekst");
        assertEquals(201, created.status(), created.body());
        assertEquals("\"2\"", created.etag());
        assertEquals("Eerste tekst", created.json().get("body").asText());

        ApiResponse again = createSection(author, id, "zorginhoud", "Nog eens");
        assertEquals(412, again.status());
        assertEquals("\"2\"", again.json().get("currentEtag").asText());

        ApiResponse changed = author.put("/api/v1/documents/" + id + "/sections/zorginhoud",
                Map.of("title", "Inhoud van zorg", "body", "Tweede tekst"), "If-Match", created.etag());
        assertEquals(200, changed.status(), changed.body());
        assertEquals("\"3\"", changed.etag());

        ApiResponse stale = author.put("/api/v1/documents/" + id + "/sections/zorginhoud",
                Map.of("title", "Inhoud van zorg", "body", "Verouderd"), "If-Match", created.etag());
        assertEquals(412, stale.status());
        assertEquals("\"3\"", stale.json().get("currentEtag").asText());

        ApiResponse withoutPrecondition = author.put("/api/v1/documents/" + id + "/sections/zorginhoud",
                Map.of("title", "Inhoud van zorg", "body", "Blind"));
        assertEquals(428, withoutPrecondition.status());

        assertEquals(428, author.delete("/api/v1/documents/" + id + "/sections/zorginhoud").status());
        assertEquals(204, author.delete("/api/v1/documents/" + id + "/sections/zorginhoud", "If-Match", changed.etag()).status());
        JsonNode document = author.get("/api/v1/documents/" + id).json();
        assertEquals(0, document.get("sections").size());
        assertEquals(4, document.get("revision").asInt());
    }

    @Test
    void patchMergesTheDocumentsOwnFields() {
        ApiResponse created = createStandard(author, "Jicht");
        String id = id(created);
        ApiResponse patched = author.send("PATCH", "/api/v1/documents/" + id, "application/merge-patch+json",
                "{\"summary\": null, \"patientVersion\": \"Jicht is een ontsteking.\", "
                        + "\"maintenancePlan\": {\"maintainedBy\": \"reumapatienten\", \"reviewIntervalMonths\": 36}}",
                "If-Match", created.etag());
        assertEquals(200, patched.status(), patched.body());
        assertTrue(patched.json().get("summary").isNull());
        assertEquals("Jicht is een ontsteking.", patched.json().get("patientVersion").asText());
        assertEquals(36, patched.json().get("maintenancePlan").get("reviewIntervalMonths").asInt());
        assertEquals("Jicht", patched.json().get("title").asText());
        assertEquals("\"2\"", patched.etag());

        ApiResponse readOnly = author.patch("/api/v1/documents/" + id, Map.of("status", "final"), "If-Match", patched.etag());
        assertEquals(400, readOnly.status());
        assertEquals("status", readOnly.json().get("field").asText());

        assertEquals(428, author.patch("/api/v1/documents/" + id, Map.of("title", "Zonder If-Match")).status());
        assertEquals(412, author.patch("/api/v1/documents/" + id, Map.of("title", "Oud"), "If-Match", created.etag()).status());
    }

    @Test
    void indicatorsBelongToInstrumentsThatMeasureAnExistingStandard() {
        String standard = id(createStandard(author, "Fibromyalgie"));
        ApiResponse missingStandard = author.post("/api/v1/documents", Map.of("kind", "instrument",
                "title", "Meetinstrument zonder standaard", "standardId", "doc_doesnotexist0000"));
        assertEquals(409, missingStandard.status());
        assertEquals("standard-not-found", missingStandard.json().get("rule").asText());

        ApiResponse instrument = author.post("/api/v1/documents", Map.of("kind", "instrument",
                "title", "Meetinstrument fibromyalgie", "standardId", standard, "purpose", "improvement"));
        assertEquals(201, instrument.status(), instrument.body());
        ApiResponse indicator = author.put("/api/v1/documents/" + id(instrument) + "/indicators/pijnscore",
                Map.of("title", "Pijnscore na 6 maanden", "type", "prom", "numerator", "Patiënten met VAS < 4",
                        "denominator", "Alle patiënten", "dataSource", "PROM-vragenlijst"), "If-None-Match", "*");
        assertEquals(201, indicator.status(), indicator.body());
        assertEquals("prom", indicator.json().get("type").asText());

        ApiResponse changed = author.put("/api/v1/documents/" + id(instrument) + "/indicators/pijnscore",
                Map.of("title", "Pijnscore na 6 maanden", "type", "prom", "dataSource", "PROMIS"), "If-Match", indicator.etag());
        assertEquals(200, changed.status(), changed.body());
        assertEquals(412, author.delete("/api/v1/documents/" + id(instrument) + "/indicators/pijnscore",
                "If-Match", indicator.etag()).status());
        assertEquals(204, author.delete("/api/v1/documents/" + id(instrument) + "/indicators/pijnscore",
                "If-Match", changed.etag()).status());
        assertEquals(0, author.get("/api/v1/documents/" + id(instrument)).json().get("indicators").size());

        ApiResponse onStandard = author.put("/api/v1/documents/" + standard + "/indicators/pijnscore",
                Map.of("title", "Pijnscore", "type", "prom"), "If-None-Match", "*");
        assertEquals(409, onStandard.status());
        assertEquals("instrument-only", onStandard.json().get("rule").asText());
    }

    @Test
    void aStandardRefusesWhatOnlyAnInstrumentHasWithTheSameConflictWherever() {
        ApiResponse created = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Jicht",
                "standardId", "elders"));
        assertEquals(409, created.status(), created.body());
        assertEquals("instrument-only", created.json().get("rule").asText());
        assertEquals("standardId", created.json().get("field").asText());

        ApiResponse standard = createStandard(author, "Artrose");
        ApiResponse patched = author.patch("/api/v1/documents/" + id(standard), Map.of("purpose", "improvement"),
                "If-Match", standard.etag());
        assertEquals(409, patched.status(), patched.body());
        assertEquals("instrument-only", patched.json().get("rule").asText());
        assertEquals("purpose", patched.json().get("field").asText());
    }

    @Test
    void evidenceIsAddedAndRemovedAgainstTheDocumentETag() {
        ApiResponse created = createStandard(author, "Psoriatische artritis");
        String id = id(created);
        ApiResponse evidence = author.post("/api/v1/documents/" + id + "/evidence", Map.of("type", "focus-group",
                "title", "Focusgroep leden", "summary", "Leden willen sneller een verwijzing.", "respondents", 14,
                "collectedOn", "2026-03-12"), "If-Match", created.etag());
        assertEquals(201, evidence.status(), evidence.body());
        String evidenceId = evidence.json().get("id").asText();
        ApiResponse section = createSection(author, id, "ervaringen", "Wat leden vertelden.");
        ApiResponse cited = author.post("/api/v1/documents/" + id + "/evidence", Map.of("type", "survey",
                "title", "Enquête", "sectionKey", "ervaringen"), "If-Match", "\"3\"");
        assertEquals(201, cited.status(), cited.body());
        ApiResponse refused = author.delete("/api/v1/documents/" + id + "/sections/ervaringen", "If-Match", section.etag());
        assertEquals(409, refused.status());
        assertEquals("section-has-evidence", refused.json().get("rule").asText());
        assertEquals(204, author.delete("/api/v1/documents/" + id + "/evidence/" + cited.json().get("id").asText(),
                "If-Match", "\"4\"").status());
        JsonNode document = author.get("/api/v1/documents/" + id).json();
        assertEquals("focus-group", document.get("evidence").get(0).get("type").asText());
        assertEquals(204, author.delete("/api/v1/documents/" + id + "/evidence/" + evidenceId,
                "If-Match", "\"" + document.get("revision").asInt() + "\"").status());
        assertEquals(0, author.get("/api/v1/documents/" + id).json().get("evidence").size());
    }

    @Test
    void participantsNeedAMotivationToDeclineAndKeepAtLeastOneAuthor() {
        ApiResponse created = createStandard(author, "Spondylartritis");
        String id = id(created);
        assertEquals(201, author.put("/api/v1/documents/" + id + "/participants/zorgverzekeraar",
                Map.of("role", "commenter"), "If-Match", created.etag()).status());
        ApiResponse noMotivation = insurerAdmin.put("/api/v1/documents/" + id + "/participants/zorgverzekeraar",
                Map.of("role", "declined"), "If-Match", "\"2\"");
        assertEquals(400, noMotivation.status());
        assertEquals("motivation", noMotivation.json().get("field").asText());

        ApiResponse declined = insurerAdmin.put("/api/v1/documents/" + id + "/participants/zorgverzekeraar",
                Map.of("role", "declined", "motivation", "Geen capaciteit dit jaar."), "If-Match", "\"2\"");
        assertEquals(200, declined.status(), declined.body());
        ApiResponse lastAuthor = patientAdmin.delete("/api/v1/documents/" + id + "/participants/reumapatienten", "If-Match", "\"3\"");
        assertEquals(409, lastAuthor.status());
        assertEquals("last-author", lastAuthor.json().get("rule").asText());

        ApiResponse unknown = author.put("/api/v1/documents/" + id + "/participants/bestaat-niet",
                Map.of("role", "commenter"), "If-Match", "\"3\"");
        assertEquals(400, unknown.status());
        assertEquals("organisation", unknown.json().get("field").asText());

        assertEquals(204, insurerAdmin.delete("/api/v1/documents/" + id + "/participants/zorgverzekeraar", "If-Match", "\"3\"").status());
        JsonNode participants = author.get("/api/v1/documents/" + id).json().get("participants");
        assertEquals(1, participants.size());
        assertEquals("reumapatienten", participants.get(0).get("organisation").asText());
    }

    @Test
    void revisionsKeepEveryVersionAndDiffShowsWhatChanged() {
        ApiResponse created = createStandard(author, "Lupus");
        String id = id(created);
        ApiResponse section = createSection(author, id, "diagnostiek", "Regel een\nRegel twee\nRegel drie");
        author.put("/api/v1/documents/" + id + "/sections/diagnostiek",
                Map.of("title", "Titel diagnostiek", "body", "Regel een\nRegel 2\nRegel drie"),
                "If-Match", section.etag(), "Revision-Note", "tweede regel verduidelijkt");

        ApiResponse revisions = author.get("/api/v1/documents/" + id + "/revisions");
        assertEquals(200, revisions.status());
        JsonNode items = revisions.json().get("items");
        assertEquals(3, items.size());
        assertEquals("tweede regel verduidelijkt", items.get(2).get("note").asText());
        assertNotEquals(items.get(1).get("contentHash"), items.get(2).get("contentHash"));

        ApiResponse second = author.get("/api/v1/documents/" + id + "/revisions/2");
        assertEquals(200, second.status());
        assertEquals("Regel een\nRegel twee\nRegel drie", second.json().get("content").get("sections").get(0).get("body").asText());

        ApiResponse diff = author.get("/api/v1/documents/" + id + "/revisions/3/diff?against=2");
        assertEquals(200, diff.status(), diff.body());
        JsonNode change = diff.json().get("changes").get(0);
        assertEquals("section", change.get("part").asText());
        assertEquals("diagnostiek", change.get("key").asText());
        assertEquals("changed", change.get("change").asText());
        List<String> lines = new ArrayList<>();
        change.get("lines").forEach(line -> lines.add(line.get("op").asText() + " " + line.get("text").asText()));
        assertEquals(List.of("equal Regel een", "delete Regel twee", "insert Regel 2", "equal Regel drie"), lines);

        ApiResponse added = author.get("/api/v1/documents/" + id + "/revisions/2/diff");
        assertEquals("added", added.json().get("changes").get(0).get("change").asText());
        assertEquals(404, author.get("/api/v1/documents/" + id + "/revisions/9").status());
        assertEquals(400, author.get("/api/v1/documents/" + id + "/revisions/3/diff?against=twee").status());
    }

    @Test
    void listsFilterAndPageWithoutRepeatingADocument() {
        for (int i = 0; i < 5; i++) {
            createStandard(provider, "Lijst " + i);
        }
        List<String> seen = new ArrayList<>();
        String path = "/api/v1/documents?organisation=reumatologen&limit=2";
        while (path != null) {
            ApiResponse page = provider.get(path);
            assertEquals(200, page.status(), page.body());
            page.json().get("items").forEach(item -> seen.add(item.get("title").asText()));
            JsonNode next = page.json().get("next");
            path = next.isNull() ? null : "/api/v1/documents?organisation=reumatologen&limit=2&cursor=" + next.asText();
        }
        assertEquals(List.of("Lijst 4", "Lijst 3", "Lijst 2", "Lijst 1", "Lijst 0"), seen);
    }

    @Test
    void fullTextSearchFindsSectionTextAndSurvivesOddQueries() {
        String id = id(createStandard(author, "Sjögren"));
        createSection(author, id, "klachten", "Droge ogen en een droge mond zijn typerend.");
        ApiResponse found = author.get("/api/v1/documents?q=typerend");
        assertEquals(1, found.json().get("items").size(), found.body());
        assertEquals(id, found.json().get("items").get(0).get("id").asText());
        for (String odd : List.of("%22", "AND", "*", "NEAR(", "-", "drog*")) {
            assertEquals(200, author.get("/api/v1/documents?q=" + odd).status(), odd);
        }
    }

    /**
     * A change writes the search index only when the text it finds changed: each kind of change to
     * that text is found at once, and a change to something else (a participant) keeps it findable.
     */
    @Test
    void searchFollowsEveryChangeToTheTextItFinds() {
        ApiResponse created = createStandard(author, "Psoriasis");
        String id = id(created);
        String path = "/api/v1/documents/" + id;

        assertEquals(200, author.patch(path, Map.of("title", "Eczeem"), "If-Match", created.etag()).status());
        assertTrue(ids(author.get("/api/v1/documents?q=eczeem")).contains(id), "the new title");

        assertEquals(200, author.patch(path, Map.of("summary", "Jeuk en schilfers"), "If-Match", "\"2\"").status());
        assertTrue(ids(author.get("/api/v1/documents?q=schilfers")).contains(id), "the new summary");
        assertFalse(ids(author.get("/api/v1/documents?q=psoriasis")).contains(id), "the old title and summary");

        assertEquals(201, createSection(author, id, "behandeling", "Een zalf helpt vaak.").status());
        assertTrue(ids(author.get("/api/v1/documents?q=zalf")).contains(id), "a new section");
        assertEquals(200, author.put(path + "/sections/behandeling", Map.of("title", "Behandeling", "body", "Lichttherapie helpt vaak."),
                "If-Match", "*").status());
        assertFalse(ids(author.get("/api/v1/documents?q=zalf")).contains(id), "the section's old text");
        assertTrue(ids(author.get("/api/v1/documents?q=lichttherapie")).contains(id), "the section's new text");

        assertEquals(201, author.put(path + "/participants/zorgverzekeraar", Map.of("role", "commenter"), "If-Match", "\"5\"").status());
        assertTrue(ids(author.get("/api/v1/documents?q=lichttherapie")).contains(id), "still found after a participant came");
        assertTrue(ids(insurerAdmin.get("/api/v1/documents?q=lichttherapie")).contains(id), "the new participant finds the draft");
    }

    @Test
    @EnabledIfSystemProperty(named = TestDatabases.ENGINE_PROPERTY, matches = "postgresql")
    void onPostgresqlSearchFindsOtherFormsOfADutchWordAndNeedsEveryWord() {
        String id = id(createStandard(author, "Voetzorg"));
        createSection(author, id, "controle", "Jaarlijkse controle van de voeten door de praktijkondersteuner.");
        List<String> found = ids(author.get("/api/v1/documents?q=voet%20controle"));
        assertTrue(found.contains(id), found.toString());
        assertFalse(ids(author.get("/api/v1/documents?q=voet%20nierschade")).contains(id), "every word must occur");
    }

    private static List<String> ids(ApiResponse page) {
        List<String> ids = new ArrayList<>();
        page.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    @Test
    void bothAuthorsChangesSurviveARestart() {
        String id = id(createStandard(author, "Bewaard"));
        ApiResponse section = createSection(author, id, "blijft", "Deze tekst overleeft een herstart.");
        registry.restart();
        JsonNode document = author.get("/api/v1/documents/" + id).json();
        assertEquals("Deze tekst overleeft een herstart.", document.get("sections").get(0).get("body").asText());
        assertEquals(section.etag(), "\"" + document.get("sections").get(0).get("revision").asInt() + "\"");
    }
}
