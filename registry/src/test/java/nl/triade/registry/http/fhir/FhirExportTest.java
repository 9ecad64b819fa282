package nl.triade.registry.http.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's instrument as a FHIR Measure and its standard as a PlanDefinition, as a FHIR client
 * reads them: what each indicator becomes, how it is scored, which instruments a standard names,
 * who may read them, and that HAPI FHIR's R4 validator finds no error in any of them.
 */
class FhirExportTest {
    private static final String BASE = "https://triade.example.org";
    private static RunningRegistry registry;
    private static ApiClient anna;
    private static String instrument;
    private static String standard;

    @BeforeAll
    static void start() {
        registry = RunningRegistry.start(true, Map.of("TRIADE_PUBLIC_URL", BASE + "/"));
        anna = registry.as("demo-diabetesvereniging-org-admin");
        instrument = anna.get("/api/v1/documents?kind=instrument").json().get("items").get(0).get("id").asText();
        standard = anna.get("/api/v1/documents/" + instrument).json().get("standardId").asText();
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @Test
    void theDemoInstrumentIsAMeasureWithAGroupPerIndicator() {
        ApiResponse response = anna.get("/api/v1/documents/" + instrument + "/fhir");
        assertEquals(200, response.status(), response.body());
        assertEquals("application/fhir+json", mediaType(response));
        assertEquals(anna.get("/api/v1/documents/" + instrument).etag(), response.etag());
        JsonNode measure = valid(response);

        assertEquals("Measure", measure.get("resourceType").asText());
        String id = instrument.replace('_', '-');
        assertEquals(id, measure.get("id").asText());
        assertEquals(BASE + "/fhir/Measure/" + id, measure.get("url").asText());
        assertEquals(instrument, measure.get("identifier").get(0).get("value").asText());
        assertEquals(BASE + "/api/v1/documents", measure.get("identifier").get(0).get("system").asText());
        assertEquals("1", measure.get("version").asText());
        assertEquals("draft", measure.get("status").asText());
        assertEquals("Meetinstrument diabetes type 2", measure.get("title").asText());
        assertEquals("MeetinstrumentDiabetesType2", measure.get("name").asText());
        assertEquals("Diabetesvereniging Nederland", measure.get("publisher").asText());
        assertEquals("Lever de gegevens per kwartaal aan.", measure.get("guidance").asText());
        assertEquals("proportion", measure.get("scoring").get("coding").get(0).get("code").asText());
        assertEquals("increase", measure.get("improvementNotation").get("coding").get(0).get("code").asText());
        assertEquals(List.of("outcome", "patient-reported-outcome"), codes(measure.get("type")));
        assertEquals("diabetes", measure.get("useContext").get(0).get("valueCodeableConcept").get("text").asText());

        JsonNode groups = measure.get("group");
        assertEquals(List.of("hba1c", "ervaren-zorg"), texts(groups, "id"));
        assertEquals("hba1c", groups.get(0).get("code").get("coding").get(0).get("code").asText());
        assertEquals("HbA1c onder streefwaarde", groups.get(0).get("code").get("text").asText());
        assertTrue(groups.get(0).get("description").asText().contains("Data source: Huisartsinformatiesysteem"));
        JsonNode populations = groups.get(0).get("population");
        assertEquals(List.of("initial-population", "denominator", "numerator"), codes(populations));
        assertEquals("Patiënten met HbA1c ≤ 53 mmol/mol", populations.get(2).get("criteria").get("expression").asText());
        assertEquals("Alle patiënten met diabetes type 2", populations.get(1).get("criteria").get("expression").asText());
        assertEquals("text/plain", populations.get(1).get("criteria").get("language").asText());

        JsonNode related = measure.get("relatedArtifact");
        assertEquals("justification", related.get(0).get("type").asText());
        assertEquals("Demo: validatierapport indicatoren diabeteszorg, 2025", related.get(0).get("citation").asText());
        assertEquals("derived-from", related.get(1).get("type").asText());
        assertEquals(BASE + "/fhir/PlanDefinition/" + standard.replace('_', '-'), related.get(1).get("resource").asText());
    }

    @Test
    void theDemoStandardIsAPlanDefinitionNamingTheInstrumentsItsReaderMaySee() {
        JsonNode plan = valid(anna.get("/api/v1/documents/" + standard + "/fhir"));
        assertEquals("PlanDefinition", plan.get("resourceType").asText());
        assertEquals("clinical-protocol", plan.get("type").get("coding").get(0).get("code").asText());
        assertEquals("Diabetesvereniging Nederland, Nederlandse Internisten Vereniging, Zorgverzekeraar A",
                plan.get("publisher").asText());
        assertEquals(List.of("zorginhoud", "organisatie", "onderbouwing"), texts(plan.get("action"), "id"));
        assertEquals("Inhoud van zorg", plan.get("action").get(0).get("title").asText());
        JsonNode demoInstrument = links(plan, "composed-of").get(0);
        assertEquals(BASE + "/fhir/Measure/" + instrument.replace('_', '-'), demoInstrument.get("resource").asText());
        assertEquals("Meetinstrument diabetes type 2", demoInstrument.get("display").asText());

        JsonNode asCoAuthor = valid(registry.as("demo-internisten-org-admin").get("/api/v1/documents/" + standard + "/fhir"));
        assertEquals(0, links(asCoAuthor, "composed-of").size(),
                "the providers take no part in the instrument's draft, so the standard they co-author does not name it to them");
    }

    @Test
    void indicatorsScoredDifferentlyEachCarryTheirScoring() {
        String id = anna.post("/api/v1/documents", Map.of("kind", "instrument", "title", "Voetzorg", "standardId", standard))
                .json().get("id").asText();
        String doc = "/api/v1/documents/" + id;
        assertEquals(201, anna.put(doc + "/indicators/protocol", Map.of("title", "Voetzorgprotocol aanwezig", "type", "structure",
                "numerator", "Praktijken met een voetzorgprotocol", "exclusions", "Praktijken zonder diabetespatiënten"),
                "If-None-Match", "*").status());
        assertEquals(201, anna.put(doc + "/indicators/voetonderzoek", Map.of("title", "Jaarlijks voetonderzoek", "type", "process",
                "numerator", "Patiënten met voetonderzoek dit jaar", "denominator", "Patiënten met diabetes",
                "exclusions", "Patiënten in de palliatieve fase", "improvementNotation", "increase"), "If-None-Match", "*").status());
        assertEquals(201, anna.put(doc + "/indicators/amputaties", Map.of("title", "Amputaties", "type", "outcome",
                "improvementNotation", "decrease"), "If-None-Match", "*").status());

        assertEquals("decrease", anna.get(doc).json().get("indicators").get(2).get("improvementNotation").asText());
        ApiResponse sideways = anna.put(doc + "/indicators/amputaties", Map.of("title", "Amputaties", "type", "outcome",
                "improvementNotation", "stable"), "If-Match", "*");
        assertEquals(List.of(400, "improvementNotation", "enum"), List.of(sideways.status(), sideways.json().get("field").asText(),
                sideways.json().get("rule").asText()));

        JsonNode measure = valid(anna.get(doc + "/fhir"));
        assertFalse(measure.has("scoring"), "R4 scores the whole measure; these indicators differ");
        JsonNode groups = measure.get("group");
        assertEquals("cohort", groupScoring(groups.get(0)));
        assertEquals(List.of("initial-population"), codes(groups.get(0).get("population")));
        assertTrue(groups.get(0).get("description").asText().endsWith("Exclusions: Praktijken zonder diabetespatiënten"));
        assertEquals("proportion", groupScoring(groups.get(1)));
        assertEquals(List.of("initial-population", "denominator", "numerator", "denominator-exclusion"),
                codes(groups.get(1).get("population")));
        assertFalse(groups.get(2).has("population"), "an indicator without a numerator defines no population yet");
        assertFalse(measure.has("improvementNotation"), "the structure indicator does not say which way it improves");
        assertEquals(List.of(InstrumentAsMeasure.GROUP_IMPROVEMENT_NOTATION + " decrease"), extensions(groups.get(2)));
        assertEquals(List.of(InstrumentAsMeasure.GROUP_SCORING + " proportion", InstrumentAsMeasure.GROUP_IMPROVEMENT_NOTATION
                + " increase"), extensions(groups.get(1)));
        assertEquals(List.of("structure", "process", "outcome"), codes(measure.get("type")));
    }

    @Test
    void aDraftIsExportedOnlyToThoseWhoMayReadIt() {
        String path = "/api/v1/documents/" + instrument + "/fhir";
        ApiResponse anonymous = registry.anonymous().get(path);
        assertEquals(401, anonymous.status());
        assertEquals(404, registry.as("demo-zorgverzekeraar-b-member").get(path).status());
        assertEquals(404, anna.get("/api/v1/documents/doc_nonexistent00000/fhir").status());
        assertEquals(200, registry.admin().get(path).status());
        assertEquals(404, anna.get("/api/v1/documents/" + instrument + "/editions/1/fhir").status(), "no edition is registered");
        assertEquals(400, anna.get("/api/v1/documents/" + instrument + "/editions/een/fhir").status());
    }

    @Test
    void theExportIsFhirJsonOrPlainJsonAndNothingElse() {
        String path = "/api/v1/documents/" + instrument + "/fhir";
        assertEquals("application/fhir+json", mediaType(anna.get(path, "Accept", "*/*")));
        assertEquals("application/fhir+json", mediaType(anna.get(path, "Accept", "application/fhir+json, application/json;q=0.5")));
        assertEquals("application/json", mediaType(anna.get(path, "Accept", "application/json")));
        assertEquals("application/json", mediaType(anna.get(path, "Accept", "application/fhir+json;q=0, application/*")));
        for (String refused : List.of("application/fhir+xml", "text/csv", "text/html, application/xml;q=0.9", "application/*;q=0")) {
            ApiResponse response = anna.get(path, "Accept", refused);
            assertEquals(406, response.status(), refused);
            assertEquals("application/problem+json", mediaType(response));
            assertEquals("this resource is given as application/fhir+json or application/json; the request's Accept allows "
                    + "none of them", response.json().get("detail").asText());
        }
        assertEquals(406, registry.anonymous().get(path, "Accept", "text/csv").status(), "the media type is refused first");
    }

    /** The media type of the response, without parameters such as {@code charset}. */
    private static String mediaType(ApiResponse response) {
        return response.header("Content-Type").split(";")[0].strip();
    }

    private static JsonNode valid(ApiResponse response) {
        assertEquals(200, response.status(), response.body());
        assertEquals(List.of(), FhirR4Validator.errors(response.body()), response.body());
        return response.json();
    }

    private static List<JsonNode> links(JsonNode resource, String type) {
        List<JsonNode> found = new ArrayList<>();
        resource.path("relatedArtifact").forEach(artifact -> {
            if (artifact.get("type").asText().equals(type)) {
                found.add(artifact);
            }
        });
        return found;
    }

    /** Each extension of {@code group}: its URL and code. */
    private static List<String> extensions(JsonNode group) {
        List<String> found = new ArrayList<>();
        group.path("extension").forEach(extension -> found.add(extension.get("url").asText() + " "
                + extension.get("valueCodeableConcept").get("coding").get(0).get("code").asText()));
        return found;
    }

    private static String groupScoring(JsonNode group) {
        assertEquals(InstrumentAsMeasure.GROUP_SCORING, group.get("extension").get(0).get("url").asText());
        return group.get("extension").get(0).get("valueCodeableConcept").get("coding").get(0).get("code").asText();
    }

    /** The first coding's code of each concept (or each element's {@code code} concept) in {@code array}. */
    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        array.forEach(element -> codes.add((element.has("code") ? element.get("code") : element).get("coding").get(0).get("code")
                .asText()));
        return codes;
    }

    private static List<String> texts(JsonNode array, String member) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.get(member).asText()));
        return texts;
    }
}
