package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.triade.registry.http.RunningRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Toetsingskader checks the substance of the sections only a person can judge (the content and
 * the organisation of care, the substantiation): a placeholder or a text below the minimum length is
 * an error; a real text is listed for the Register's reviewer. The minimum of the organisation of
 * care is set to 60 characters here, as an installation sets it.
 */
class ContentSubstanceTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(
            Map.of("TRIADE_PLUGIN_TOETSINGSKADER_MIN_LENGTH_CARE_ORGANISATION", "60"), "toetsingskader");
    private static ThreePartyStandards standards;

    @BeforeAll
    static void start() {
        standards = ThreePartyStandards.in(registry);
    }

    private static String standard() {
        return standards.standard(Map.of("patientVersion", "Uitleg voor patiënten",
                "timelines", List.of(ThreePartyStandards.tijdpad("meetinstrument", standards.today().plusYears(1)))));
    }

    /** {@code rule@path} of the findings of {@code severity}. */
    private static List<String> findings(JsonNode report, String severity) {
        List<String> found = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (finding.get("severity").asText().equals(severity)) {
                found.add(finding.get("rule").asText() + "@" + finding.get("path").asText());
            }
        });
        return found;
    }

    @Test
    void sectionsReadingXAndYDescribeNoCare() {
        String id = standard();
        standards.section(id, "zorginhoud", "Inhoud van zorg", "x");
        standards.section(id, "organisatie", "Organisatie van zorg", "y");
        standards.section(id, "onderbouwing", "Onderbouwing", "...");
        JsonNode report = standards.validate(id);
        assertEquals(List.of("tk-care-content@sections.zorginhoud.body", "tk-care-organisation@sections.organisatie.body",
                "tk-substantiation@sections.onderbouwing.body"), findings(report, "error"), report.toString());
        assertFalse(report.get("passed").asBoolean());
    }

    @Test
    void aStandardWithoutSubstantiationIsRefused() {
        String id = standard();
        standards.section(id, "onderbouwing", "Onderbouwing", "nvt");
        assertTrue(findings(standards.validate(id), "error").contains("tk-substantiation@sections.onderbouwing.body"));
    }

    @Test
    void aTextShorterThanTheInstallationsMinimumIsRefusedAndOneAsLongPasses() {
        String id = standard();
        standards.section(id, "organisatie", "Organisatie van zorg", "De huisarts verwijst naar de reumatoloog.");
        JsonNode report = standards.validate(id);
        assertEquals(List.of("tk-care-organisation@sections.organisatie.body"), findings(report, "error"), report.toString());
        String detail = StreamSupport.stream(report.get("findings").spliterator(), false)
                .filter(finding -> finding.get("severity").asText().equals("error")).findFirst().orElseThrow().get("message").asText();
        assertTrue(detail.contains("41 tekens, minstens 60"), detail);

        standards.section(id, "organisatie", "Organisatie van zorg", "De huisarts verwijst na twee aanvallen naar de reumatoloog.");
        assertEquals(List.of("tk-care-organisation@sections.organisatie.body"), findings(standards.validate(id), "error"), "59 characters");
        standards.section(id, "organisatie", "Organisatie van zorg", "De huisarts verwijst na twee aanvallen naar de reumatologen.");
        assertEquals(List.of(), findings(standards.validate(id), "error"), "60 characters: the minimum is enough");
    }

    @Test
    void describedSectionsAreListedForTheRegistersReviewer() {
        JsonNode report = standards.validate(standard());
        assertEquals(List.of(), findings(report, "error"), report.toString());
        assertTrue(report.get("passed").asBoolean());
        assertEquals(List.of("tk-care-content@sections.zorginhoud", "tk-care-organisation@sections.organisatie",
                "tk-substantiation@sections.onderbouwing"), findings(report, "info"));
        String message = report.get("findings").get(0).get("message").asText();
        assertTrue(message.startsWith("Ter beoordeling door de toetser van het Register"), message);
    }
}
