package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The patient-perspective plugin beside the Toetsingskader, as a patient organisation meets it when
 * it asks for authorisation: a cliëntenversie promised on a tijdpad is accepted by both, and a
 * cliëntenversie without readable words is refused by the patient organisation's rule.
 */
class PatientPerspectiveTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of(), "toetsingskader", "patient-perspective");
    private static ThreePartyStandards standards;

    @BeforeAll
    static void start() {
        standards = ThreePartyStandards.in(registry);
    }

    /** A standard the Toetsingskader passes but for {@code patientVersion}, with patient experience as evidence. */
    private static String standard(Map<String, Object> patientVersion) {
        String id = standards.standard(patientVersion);
        String path = "/api/v1/documents/" + id;
        ApiClient member = standards.member();
        assertEquals(201, member.post(path + "/evidence", Map.of("type", "focus-group", "title", "Focusgroep leden"),
                "If-Match", member.get(path).etag()).status());
        return id;
    }

    private static List<String> findings(JsonNode report, String severity) {
        List<String> rules = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (finding.get("severity").asText().equals(severity)) {
                rules.add(finding.get("validator").asText() + ":" + finding.get("rule").asText());
            }
        });
        return rules;
    }

    private static JsonNode validate(String id) {
        return standards.validate(id);
    }

    private static Map<String, Object> tijdpad(String deliverable, int dueInDays) {
        return ThreePartyStandards.tijdpad(deliverable, standards.today().plusDays(dueInDays));
    }

    private static ApiResponse requestAuthorisation(String id) {
        return standards.requestAuthorisation(id);
    }

    @Test
    void aPatientVersionOnATijdpadIsAcceptedAndTheStandardGoesToAuthorisation() {
        String id = standard(Map.of("timelines", List.of(tijdpad("cliëntenversie", 180), tijdpad("meetinstrument", 180))));
        JsonNode report = validate(id);
        assertEquals(List.of(), findings(report, "error"), report.toString());
        assertTrue(report.get("passed").asBoolean());
        ApiResponse requested = requestAuthorisation(id);
        assertEquals(200, requested.status(), requested.body());
        assertEquals("authorisation", requested.json().get("status").asText());
    }

    @Test
    void aPatientVersionWithoutReadableWordsIsAnErrorAndBlocksAuthorisation() {
        for (String unscorable : new String[] {"...", "12 - 3.5 %", "!?"}) {
            String id = standard(Map.of("patientVersion", unscorable, "timelines", List.of(tijdpad("meetinstrument", 180))));
            JsonNode report = validate(id);
            assertEquals(List.of("patient-perspective:pp-readability"), findings(report, "error"), unscorable + ": " + report);
            assertFalse(report.get("passed").asBoolean());
            ApiResponse refused = requestAuthorisation(id);
            assertEquals(409, refused.status(), refused.body());
        }
    }

    @Test
    void aTijdpadForThePatientVersionWhoseDueDateHasPassedCountsForNeitherValidator() {
        String id = standard(Map.of("timelines", List.of(tijdpad("cliëntenversie", -1), tijdpad("meetinstrument", 180))));
        JsonNode report = validate(id);
        assertEquals(Set.of("toetsingskader:tk-patient-version", "patient-perspective:pp-patient-version"),
                Set.copyOf(findings(report, "error")), report.toString());
    }
}
