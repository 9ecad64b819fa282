package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Evidence of an instrument's measurement properties as facts (which property was studied, the
 * result, in whom, where it is reported), and the Toetsingskader's instrument criteria judging
 * them by the instrument's purpose; never the words of an evidence title.
 */
class MeasurementEvidenceTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of(), "toetsingskader");
    private static ThreePartyStandards standards;
    private static ApiClient member;
    private static String standard;

    @BeforeAll
    static void start() {
        standards = ThreePartyStandards.in(registry);
        member = standards.member();
        standard = standards.standard(Map.of("patientVersion", "Uitleg voor patiënten",
                "timelines", List.of(ThreePartyStandards.tijdpad("meetinstrument", standards.today().plusYears(1)))));
    }

    /** An instrument of the standard that meets every instrument criterion but those {@code purpose} asks of its evidence. */
    private static String instrument(String purpose) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "instrument", "title", "Ziekteactiviteit bij RA",
                "standardId", standard, "purpose", purpose, "workInstruction", "Meet de DAS28 bij elk bezoek.",
                "maintenancePlan", Map.of("maintainedBy", "reumapatienten", "reviewIntervalMonths", 24)));
        String id = member.post("/api/v1/documents", body).json().get("id").asText();
        assertEquals(201, member.put("/api/v1/documents/" + id + "/indicators/das28", Map.of("title", "DAS28 onder 3,2",
                "type", "outcome", "numerator", "Patiënten met DAS28 < 3,2", "denominator", "Alle patiënten met RA",
                "dataSource", "DRA-registratie"), "If-None-Match", "*").status());
        assertEquals(201, member.put("/api/v1/documents/" + id + "/sections/gegevensaanlevering", Map.of("title",
                "Gegevensaanlevering", "body", "Ziekenhuizen leveren elk kwartaal aan de landelijke registratie."),
                "If-None-Match", "*").status());
        return id;
    }

    private static ApiResponse addEvidence(String id, Map<String, Object> evidence) {
        return member.post("/api/v1/documents/" + id + "/evidence", evidence, "If-Match", member.get("/api/v1/documents/" + id).etag());
    }

    private static Map<String, Object> study(String property, String result) {
        return Map.of("property", property, "result", result);
    }

    /** {@code severity:rule} of the findings of the Toetsingskader's instrument criteria. */
    private static List<String> findings(String id) {
        List<String> found = new ArrayList<>();
        for (JsonNode finding : standards.validate(id).get("findings")) {
            String rule = finding.get("rule").asText();
            if (!rule.equals("tk-parties")) {
                found.add(finding.get("severity").asText() + ":" + rule);
            }
        }
        return found;
    }

    @Test
    void validAndReliableInThreeStudiesIsEnoughForPurchasingWhateverTheTitleSays() {
        String id = instrument("purchasing");
        ApiResponse added = addEvidence(id, Map.of("type", "literature", "title", "Valide en betrouwbaar bevonden in 3 studies",
                "respondents", 412, "population", "volwassenen met RA in 12 ziekenhuizen", "reference", "doi:10.1000/das28",
                "studies", List.of(Map.of("property", "validity", "result", "established", "note", "r = 0,71 met de HAQ"),
                        study("reliability", "established"))));
        assertEquals(201, added.status(), added.body());
        assertEquals("validity", added.json().get("studies").get(0).get("property").asText());
        assertEquals("r = 0,71 met de HAQ", added.json().get("studies").get(0).get("note").asText());
        assertEquals("doi:10.1000/das28", member.get("/api/v1/documents/" + id).json().get("evidence").get(0).get("reference").asText());
        assertEquals(List.of("info:tk-validity-reliability", "info:tk-validity-reliability"), findings(id));
    }

    @Test
    void theWordsValiditeitAndBetrouwbaarheidEstablishNothing() {
        String id = instrument("purchasing");
        assertEquals(201, addEvidence(id, Map.of("type", "literature",
                "title", "validiteit niet onderzocht; betrouwbaarheid onbekend")).status());
        assertEquals(List.of("error:tk-validity-reliability", "error:tk-validity-reliability"), findings(id));

        assertEquals(201, addEvidence(id, Map.of("type", "literature", "title", "Validatiestudie", "reference", "doi:10.1000/1",
                "studies", List.of(study("validity", "not-studied"), study("reliability", "not-established")))).status());
        JsonNode report = standards.validate(id);
        assertTrue(report.get("findings").toString().contains("niet onderzocht volgens 'Validatiestudie'"), report.toString());
        assertEquals(List.of("error:tk-validity-reliability", "error:tk-validity-reliability"), findings(id));
    }

    @Test
    void publicInformationAlsoNeedsDiscriminatingPower() {
        String id = instrument("public-information");
        assertEquals(201, addEvidence(id, Map.of("type", "registry-data", "title", "Validatie in de registratie",
                "reference", "DRA jaarrapport 2025", "studies", List.of(study("validity", "established"),
                        study("reliability", "established")))).status());
        assertEquals(List.of("info:tk-validity-reliability", "info:tk-validity-reliability", "error:tk-discriminating-power"),
                findings(id));
        assertEquals(201, addEvidence(id, Map.of("type", "registry-data", "title", "Verschillen tussen ziekenhuizen",
                "reference", "DRA jaarrapport 2025", "studies", List.of(study("discriminating-power", "established")))).status());
        assertEquals(List.of("info:tk-validity-reliability", "info:tk-validity-reliability", "info:tk-discriminating-power"),
                findings(id));
    }

    @Test
    void anEstablishedPropertyWithoutAReferenceIsAWarningForTheReviewer() {
        String id = instrument("purchasing");
        assertEquals(201, addEvidence(id, Map.of("type", "literature", "title", "Eigen onderzoek",
                "studies", List.of(study("validity", "established"), study("reliability", "established")))).status());
        assertEquals(List.of("warning:tk-validity-reliability", "warning:tk-validity-reliability"), findings(id));
    }

    @Test
    void anInstrumentWithoutStandardPurposeIndicatorsOrMaintenancePlanFailsItsCriteria() {
        String id = member.post("/api/v1/documents", Map.of("kind", "instrument", "title", "Kaal meetinstrument",
                "workInstruction", "Meet jaarlijks.")).json().get("id").asText();
        assertEquals(List.of("error:tk-instrument-standard", "error:tk-instrument-purpose", "error:tk-indicators",
                "error:tk-maintenance-plan"), findings(id));
        assertEquals(List.of(), findings(instrument("improvement")), "an instrument for improvement that names them all");
    }

    @Test
    void anInstrumentNeedsTheThreePartiesAsAStandardDoes() {
        String id = instrument("improvement");
        assertEquals(List.of("participants:provider", "participants:insurer"), partiesFindings(id),
                "an instrument only its patient organisation authors");
        String path = "/api/v1/documents/" + id;
        for (String organisation : List.of("reumatologen", "zorgverzekeraar")) {
            assertEquals(201, member.put(path + "/participants/" + organisation, Map.of("role", "author"),
                    "If-Match", member.get(path).etag()).status());
        }
        assertEquals(List.of(), partiesFindings(id));
    }

    /** {@code path:party} of each {@code tk-parties} error, the party read from its English text. */
    private static List<String> partiesFindings(String id) {
        List<String> found = new ArrayList<>();
        for (JsonNode finding : standards.validate(id).get("findings")) {
            if (finding.get("rule").asText().equals("tk-parties")) {
                assertEquals("error", finding.get("severity").asText());
                String message = finding.get("message").asText();
                found.add(finding.get("path").asText() + ":" + (message.contains("No provider") ? "provider"
                        : message.contains("No insurer") ? "insurer" : message.contains("No patient") ? "patient" : message));
            }
        }
        return found;
    }

    @Test
    void studiesAreCheckedNamingTheFieldAndRule() {
        String id = instrument("improvement");
        assertRefused(addEvidence(id, Map.of("type", "literature", "title", "Twee keer", "studies",
                List.of(study("validity", "established"), study("validity", "not-established")))), "studies[1].property", "duplicate");
        assertRefused(addEvidence(id, Map.of("type", "literature", "title", "Onbekend", "studies",
                List.of(study("responsiveness", "established")))), "studies[0].property", "enum");
        assertRefused(addEvidence(id, Map.of("type", "literature", "title", "Zonder uitkomst", "studies",
                List.of(Map.of("property", "validity")))), "studies[0].result", "required");
        assertRefused(addEvidence(id, Map.of("type", "literature", "title", "Lange noot", "studies",
                List.of(Map.of("property", "validity", "result", "established", "note", "n".repeat(501))))), "studies[0].note",
                "max-length");
        assertRefused(addEvidence(id, Map.of("type", "literature", "title", "Lange bron", "reference", "r".repeat(1001))),
                "reference", "max-length");
        assertRefused(addEvidence(id, Map.of("type", "literature", "title", "Onbekend veld", "studies",
                List.of(Map.of("property", "validity", "result", "established", "p", 0.05)))), "studies[0].p", "unknown-field");
    }

    @Test
    void evidenceWithoutStudiesReadsAsBefore() {
        ApiResponse added = addEvidence(instrument("improvement"), Map.of("type", "survey", "title", "Enquête", "population", " "));
        assertEquals(201, added.status(), added.body());
        assertEquals(List.of("id", "type", "title", "summary", "respondents", "collectedOn", "sectionKey"),
                iterable(added.json().fieldNames()), "a blank population is none, and what is not given is left out");
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    private static void assertRefused(ApiResponse response, String field, String rule) {
        assertEquals(400, response.status(), response.body());
        assertEquals(field, response.json().get("field").asText(), response.body());
        assertEquals(rule, response.json().get("rule").asText(), response.body());
    }
}
