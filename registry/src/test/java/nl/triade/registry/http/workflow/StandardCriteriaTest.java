package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
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
 * The criteria of a standard that came with the frameworks, judged today by Toetsingskader 3.0
 * through the shipped validator: the information standards (criterion 6), the financial
 * consequences (criterion 7) and the transitional criterion, which 3.0 does not have.
 */
class StandardCriteriaTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of(), "toetsingskader");
    private static ThreePartyStandards standards;
    private static ApiClient member;

    @BeforeAll
    static void start() {
        standards = ThreePartyStandards.in(registry);
        member = standards.member();
    }

    private static String standard(Map<String, Object> fields) {
        return standards.complete(fields);
    }

    /** The findings but the sections listed for the Register's reviewer, which {@code ContentSubstanceTest} shows. */
    private static List<String> findings(String id) {
        List<String> found = new ArrayList<>();
        standards.validate(id).get("findings").forEach(finding -> {
            if (!finding.get("path").asText().startsWith("sections.")) {
                found.add(finding.get("rule").asText() + ":" + finding.get("severity").asText() + ":" + finding.get("path").asText());
            }
        });
        return found;
    }

    private static ApiResponse patch(String id, Map<String, Object> fields) {
        String path = "/api/v1/documents/" + id;
        ApiResponse patched = member.patch(path, fields, "If-Match", member.get(path).etag());
        assertEquals(200, patched.status(), patched.body());
        return patched;
    }

    @Test
    void aCompleteStandardPassesEveryCriterionOfToetsingskader3() {
        String id = standard(Map.of());
        assertEquals(List.of(), findings(id));
        JsonNode document = member.get("/api/v1/documents/" + id).json();
        assertEquals("tk-3", document.get("framework").get("version").asText());
        assertEquals("nl.zorg.Probleem", document.get("informationStandards").get(0).get("identifier").asText());
        assertEquals(250_000, document.get("financialImpact").get("eurosPerYear").asInt());
        assertTrue(document.get("developedIn").isNull());
    }

    @Test
    void eachPartOfAStandardThatIsNeitherThereNorOnATijdpadIsMissedByItsOwnRule() {
        String id = standard(Map.of());
        Map<String, Object> removed = new HashMap<>();
        for (String field : List.of("patientVersion", "summary", "maintenancePlan", "timelines")) {
            removed.put(field, null);
        }
        patch(id, removed);
        assertEquals(List.of("tk-patient-version:error:patientVersion", "tk-summary:error:summary",
                "tk-maintenance-plan:error:maintenancePlan", "tk-instrument:error:instrumentIds"), findings(id));
    }

    @Test
    void aStandardThatOnlyPatientsOfferFailsThePartiesCriterion() {
        String id = member.post("/api/v1/documents", Map.of("kind", "standard", "title", "Alleen patiënten")).json().get("id").asText();
        List<String> found = findings(id);
        assertEquals(2, found.stream().filter(finding -> finding.equals("tk-parties:error:participants")).count(), found.toString());
    }

    @Test
    void withoutInformationStandardsOrAStatementWhyNoneAreNeededCriterion6Fails() {
        String id = standard(Map.of("informationStandards", List.of()));
        assertEquals(List.of("tk-information-standard:error:informationStandards"), findings(id));
        patch(id, Map.of("informationStandardsNotNeeded", "De standaard vraagt geen uitwisseling van gegevens."));
        assertEquals(List.of(), findings(id));
    }

    @Test
    void anInformationStandardIsLinkedByReferenceNotByNameAlone() {
        String id = standard(Map.of("informationStandards", List.of(Map.of("name", "Zorginformatiebouwstenen"))));
        assertEquals(List.of("tk-information-standard:error:informationStandards[0]"), findings(id));
    }

    @Test
    void withoutAFinancialImpactAssessmentCriterion7FailsAndBlocksAuthorisation() {
        String id = standard(Map.of());
        patch(id, new HashMap<>(Collections.singletonMap("financialImpact", null)));
        assertEquals(List.of("tk-financial-impact:error:financialImpact"), findings(id));
        ApiResponse refused = standards.requestAuthorisation(id);
        assertEquals(409, refused.status(), refused.body());
        assertEquals("validation-errors", refused.json().get("rule").asText());
    }

    @Test
    void anIncompleteAssessmentNamesWhatIsMissing() {
        String id = standard(Map.of("financialImpact", Map.of("effect", "increase", "basis", "Schatting", "significant", false)));
        assertEquals(List.of("tk-financial-impact:error:financialImpact.eurosPerYear", "tk-financial-impact:error:financialImpact.assessedBy"),
                findings(id));
    }

    @Test
    void aSignificantBudgetaryImpactIsMarkedForTheRegisterButDoesNotBlockAuthorisation() {
        String id = standard(Map.of("financialImpact", Map.of("effect", "increase", "eurosPerYear", 45_000_000,
                "basis", "Budgetimpactanalyse, landelijk", "significant", true, "assessedBy", "Werkgroep kosten")));
        assertEquals(List.of("tk-financial-impact:warning:financialImpact.significant"), findings(id));
        ApiResponse requested = standards.requestAuthorisation(id);
        assertEquals(200, requested.status(), requested.body());
    }

    @Test
    void toetsingskader3WaivesNothingForAStandardDevelopedBefore2014() {
        String id = standard(Map.of("developedIn", 2012));
        patch(id, new HashMap<>(Collections.singletonMap("summary", null)));
        assertEquals(List.of("tk-summary:error:summary", "tk-transitional:info:developedIn"), findings(id));
    }

    @Test
    void theNewFactsAreCheckedForFormOnly() {
        String id = standard(Map.of());
        String path = "/api/v1/documents/" + id;
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("developedIn", 1850),
                Map.<String, Object>of("financialImpact", Map.of("effect", "increase", "eurosPerYear", -1)),
                Map.<String, Object>of("financialImpact", Map.of("effect", "more")),
                Map.<String, Object>of("informationStandards", List.of(Map.of("identifier", "nl.zorg.Probleem"))))) {
            ApiResponse refused = member.patch(path, bad, "If-Match", member.get(path).etag());
            assertEquals(400, refused.status(), bad + ": " + refused.body());
        }
        ApiResponse framework = member.patch(path, Map.of("framework", Map.of("version", "tk-2015")), "If-Match", member.get(path).etag());
        assertEquals(400, framework.status(), "the framework is derived, never set");
        assertEquals("read-only", framework.json().get("rule").asText());
    }
}
