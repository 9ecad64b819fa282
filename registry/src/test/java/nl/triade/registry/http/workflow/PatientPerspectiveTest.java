package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.triade.registry.http.Parties;
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
    private static ApiClient patientMember;
    private static ApiClient patientAdmin;

    @BeforeAll
    static void start() {
        Parties parties = new Parties(registry);
        parties.organisation("reumapatienten", "patient");
        parties.organisation("reumatologen", "provider");
        parties.organisation("verzekeraar", "insurer");
        patientMember = parties.as("reumapatienten", "member");
        patientAdmin = parties.as("reumapatienten", "org-admin");
    }

    /** A standard that all three parties author, with patient experience and every part the Toetsingskader asks for. */
    private static String standard(Map<String, Object> patientVersion) {
        Map<String, Object> fields = new HashMap<>(Map.of("kind", "standard", "title", "Reuma", "summary", "Samenvatting",
                "maintenancePlan", Map.of("maintainedBy", "reumapatienten", "reviewIntervalMonths", 36)));
        fields.putAll(patientVersion);
        String id = patientMember.post("/api/v1/documents", fields).json().get("id").asText();
        String path = "/api/v1/documents/" + id;
        for (String[] section : new String[][] {{"zorginhoud", "Inhoud van zorg"}, {"organisatie", "Organisatie van zorg"}}) {
            assertEquals(201, patientMember.put(path + "/sections/" + section[0], Map.of("title", section[1], "body", "tekst"),
                    "If-None-Match", "*").status());
        }
        assertEquals(201, patientMember.post(path + "/evidence", Map.of("type", "focus-group", "title", "Focusgroep leden"),
                "If-Match", patientMember.get(path).etag()).status());
        for (String organisation : new String[] {"reumatologen", "verzekeraar"}) {
            assertEquals(201, patientMember.put(path + "/participants/" + organisation, Map.of("role", "author"),
                    "If-Match", patientMember.get(path).etag()).status());
        }
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
        ApiResponse report = patientMember.post("/api/v1/documents/" + id + "/validations", Map.of());
        assertEquals(201, report.status(), report.body());
        return report.json();
    }

    /** A date {@code days} from today in the Netherlands, on the registry's clock. */
    private static String daysFromToday(int days) {
        return LocalDate.now(registry.clock().withZone(ZoneId.of("Europe/Amsterdam"))).plusDays(days).toString();
    }

    private static Map<String, Object> tijdpad(String deliverable, int dueInDays) {
        return Map.of("deliverable", deliverable, "dueDate", daysFromToday(dueInDays));
    }

    private static ApiResponse requestAuthorisation(String id) {
        return patientAdmin.post("/api/v1/documents/" + id + "/transitions", Map.of("action", "request-authorisation"));
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
