package nl.triade.registry.http.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A revision diff names each field that changed inside a part, with its value before and after and,
 * for text, which words were deleted and inserted: a reviewer sees at a glance that only an
 * indicator's exclusions changed, not two whole indicators to compare by eye.
 */
class FieldLevelDiffTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static ApiClient author;
    private static ApiClient provider;

    @BeforeAll
    static void start() {
        Parties parties = new Parties(registry);
        parties.organisation("pijnpatienten", "patient");
        parties.organisation("pijnartsen", "provider");
        author = parties.as("pijnpatienten", "org-admin");
        provider = parties.as("pijnartsen", "org-admin");
    }

    private static String document(String kind, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("kind", kind);
        ApiResponse created = author.post("/api/v1/documents", body);
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asText();
    }

    private static String instrument() {
        String standard = document("standard", Map.of("title", "Chronische pijn"));
        return document("instrument", Map.of("title", "Meetinstrument pijn", "standardId", standard, "purpose", "improvement"));
    }

    private static Map<String, Object> indicator(String exclusions) {
        return Map.of("title", "Pijnscore na 6 maanden", "type", "prom", "numerator", "Patiënten met VAS < 4",
                "denominator", "Alle patiënten met chronische pijn", "exclusions", exclusions, "dataSource", "PROM-vragenlijst");
    }

    private static ApiResponse put(String id, String part, Map<String, Object> body, String etagHeader, String etag) {
        ApiResponse put = author.put("/api/v1/documents/" + id + "/" + part, body, etagHeader, etag);
        assertTrue(put.status() == 200 || put.status() == 201, put.body());
        return put;
    }

    private static JsonNode lastChange(String id) {
        ApiResponse latest = author.get("/api/v1/documents/" + id);
        int revision = latest.json().get("revision").asInt();
        ApiResponse diff = author.get("/api/v1/documents/" + id + "/revisions/" + revision + "/diff");
        assertEquals(200, diff.status(), diff.body());
        assertEquals(1, diff.json().get("changes").size(), diff.body());
        return diff.json().get("changes").get(0);
    }

    /** Each field change as "path change before -> after". */
    private static List<String> fieldChanges(JsonNode change) {
        List<String> fields = new ArrayList<>();
        assertTrue(change.hasNonNull("fields"), "no field changes in " + change);
        change.get("fields").forEach(field -> fields.add(field.get("path").asText() + " " + field.get("change").asText() + " "
                + field.get("before") + " -> " + field.get("after")));
        return fields;
    }

    /** The word runs of a text change as "op:text", so the highlighted changes can be read in the assertion. */
    private static List<String> words(JsonNode field) {
        List<String> runs = new ArrayList<>();
        field.get("words").forEach(run -> runs.add(run.get("op").asText() + ":" + run.get("text").asText()));
        return runs;
    }

    @Test
    void anIndicatorWhoseExclusionsAloneChangedShowsJustThatField() {
        String id = instrument();
        ApiResponse created = put(id, "indicators/pijn", indicator("Patiënten met kanker"), "If-None-Match", "*");
        put(id, "indicators/pijn", indicator("Patiënten met kanker of in palliatieve zorg"), "If-Match", created.etag());

        JsonNode change = lastChange(id);
        assertEquals("indicator", change.get("part").asText());
        assertEquals("changed", change.get("change").asText());
        assertEquals(List.of("indicators.pijn.exclusions changed \"Patiënten met kanker\" -> "
                + "\"Patiënten met kanker of in palliatieve zorg\""), fieldChanges(change));
        assertEquals(List.of("equal:Patiënten met kanker", "insert: of in palliatieve zorg"), words(change.get("fields").get(0)));
    }

    /** The walk-through's edit: the line diff shows the whole line replaced, the word diff just the words added. */
    @Test
    void aSectionBodyShowsTheWordsThatWereAddedAndAnAddedSectionNoFields() {
        String id = document("standard", Map.of("title", "Diabetes type 2"));
        ApiResponse created = put(id, "sections/zorginhoud", Map.of("title", "Inhoud van zorg",
                "body", "Jaarlijkse controle van de voeten."), "If-None-Match", "*");
        JsonNode added = lastChange(id);
        assertEquals("added", added.get("change").asText());
        assertTrue(added.get("fields").isNull(), added.toString());

        put(id, "sections/zorginhoud", Map.of("title", "Inhoud van zorg",
                "body", "Jaarlijkse controle van de voeten door de praktijkondersteuner."), "If-Match", created.etag());
        JsonNode change = lastChange(id);
        assertEquals(2, change.get("lines").size(), change.toString());
        JsonNode body = change.get("fields").get(0);
        assertEquals(1, change.get("fields").size(), change.toString());
        assertEquals("sections.zorginhoud.body", body.get("path").asText());
        assertEquals(List.of("equal:Jaarlijkse controle van de voeten", "insert: door de praktijkondersteuner", "equal:."),
                words(body));
    }

    @Test
    void aChangedWordAndAChangedMarkAreShownAsJustThose() {
        String id = instrument();
        ApiResponse created = put(id, "indicators/pijn", indicator("Patiënten met kanker, of dementie."), "If-None-Match", "*");
        put(id, "indicators/pijn", indicator("Patiënten met kanker; of ernstige dementie!"), "If-Match", created.etag());

        assertEquals(List.of("equal:Patiënten met kanker", "delete:,", "insert:;", "equal: of", "insert: ernstige",
                "equal: dementie", "delete:.", "insert:!"), words(lastChange(id).get("fields").get(0)));
    }

    /** The document's own fields: a nested value by its member, a list by position, numbers and dates as they are. */
    @Test
    void theDocumentsOwnFieldsShowTheMemberOrListItemThatChanged() {
        String id = document("standard", Map.of("title", "Rugpijn",
                "maintenancePlan", Map.of("maintainedBy", "pijnpatienten", "reviewIntervalMonths", 36),
                "timelines", List.of(Map.of("deliverable", "cliëntenversie", "dueDate", "2027-06-30"),
                        Map.of("deliverable", "meetinstrument", "dueDate", "2027-12-31"))));
        ApiResponse current = author.get("/api/v1/documents/" + id);
        ApiResponse patched = author.patch("/api/v1/documents/" + id, Map.of(
                "maintenancePlan", Map.of("maintainedBy", "pijnpatienten", "reviewIntervalMonths", 24),
                "timelines", List.of(Map.of("deliverable", "meetinstrument", "dueDate", "2028-03-31"))),
                "If-Match", current.etag());
        assertEquals(200, patched.status(), patched.body());

        ApiResponse diff = author.get("/api/v1/documents/" + id + "/revisions/2/diff");
        assertEquals(200, diff.status(), diff.body());
        List<String> fields = new ArrayList<>();
        diff.json().get("changes").forEach(change -> fields.addAll(fieldChanges(change)));
        assertEquals(List.of("maintenancePlan.reviewIntervalMonths changed 36 -> 24",
                "timelines.0.dueDate changed \"2027-12-31\" -> \"2028-03-31\"",
                "timelines.0 removed {\"deliverable\":\"cliëntenversie\",\"dueDate\":\"2027-06-30\",\"description\":null} -> null"),
                fields);
    }

    /** A part keyed by an enum (the absent party) is named by its wire name; who recorded it is a field like any other. */
    @Test
    void aChangedAbsenceMotivationIsNamedByTheParty() {
        String id = document("standard", Map.of("title", "Hoofdpijn"));
        for (String motivation : List.of("Geen zorgverzekeraar in Triade.", "Geen zorgverzekeraar in Triade; ZN gaf geen reactie.")) {
            ApiResponse stated = author.put("/api/v1/documents/" + id + "/absences/insurer", Map.of("motivation", motivation),
                    "If-Match", author.get("/api/v1/documents/" + id).etag());
            assertTrue(stated.status() == 200 || stated.status() == 201, stated.body());
        }
        JsonNode change = lastChange(id);
        assertEquals("absence", change.get("part").asText());
        assertEquals("insurer", change.get("key").asText());
        assertEquals(List.of("absences.insurer.motivation changed \"Geen zorgverzekeraar in Triade.\" -> "
                + "\"Geen zorgverzekeraar in Triade; ZN gaf geen reactie.\""), fieldChanges(change));
        assertEquals(List.of("equal:Geen zorgverzekeraar in Triade", "insert:; ZN gaf geen reactie", "equal:."),
                words(change.get("fields").get(0)));
    }
}
