package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A tijdpad promises a missing deliverable by its due date, so it counts only while that date has
 * not passed: at the request for authorisation, and in the Toetsingskader's view of the document.
 * This registry runs the shipped Toetsingskader validator; its clock is moved forward, never back.
 */
class TijdpadTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of(), "toetsingskader");
    private static ThreePartyStandards standards;
    private static ApiClient patientMember;

    @BeforeAll
    static void start() {
        standards = ThreePartyStandards.in(registry);
        patientMember = standards.member();
    }

    private static LocalDate today() {
        return standards.today();
    }

    private static Map<String, Object> tijdpad(String deliverable, LocalDate dueDate) {
        return ThreePartyStandards.tijdpad(deliverable, dueDate);
    }

    /** A standard the Toetsingskader passes, its measurement instrument on a tijdpad a year ahead, with the given further tijdpaden. */
    private static String standard(List<Map<String, Object>> further) {
        List<Map<String, Object>> timelines = new ArrayList<>(List.of(tijdpad("meetinstrument", today().plusYears(1))));
        timelines.addAll(further);
        return standards.standard(Map.of("patientVersion", "Uitleg voor patiënten", "timelines", timelines));
    }

    private static JsonNode validate(String id) {
        return standards.validate(id);
    }

    /** The rules of the findings the authors must act on: the info findings list sections for the Register's reviewer. */
    private static List<String> findings(JsonNode report) {
        List<String> rules = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (!finding.get("severity").asText().equals("info")) {
                rules.add(finding.get("rule").asText());
            }
        });
        return rules;
    }

    private static ApiResponse requestAuthorisation(String id) {
        return standards.requestAuthorisation(id);
    }

    @Test
    void aTijdpadDueIn2020DoesNotReachAuthorisation() {
        String id = standard(List.of(tijdpad("informatiestandaard", LocalDate.of(2020, 6, 30))));
        assertEquals(List.of(), findings(validate(id)), "no rule of the Toetsingskader relies on this tijdpad");
        ApiResponse refused = requestAuthorisation(id);
        assertEquals(409, refused.status(), refused.body());
        assertEquals("timeline-overdue", refused.json().get("rule").asText());
        assertEquals("timelines[1].dueDate", refused.json().get("field").asText());
        String detail = refused.json().get("detail").asText();
        assertTrue(detail.contains("informatiestandaard") && detail.contains("2020-06-30"), detail);
        assertEquals("draft", patientMember.get("/api/v1/documents/" + id).json().get("status").asText());
    }

    @Test
    void aTijdpadCountsUntilTheEndOfItsDueDateOnTheRegistrysClock() {
        String dueTomorrow = standard(List.of(tijdpad("informatiestandaard", today().plusDays(1))));
        String dueInAWeek = standard(List.of(tijdpad("informatiestandaard", today().plusDays(7))));
        validate(dueTomorrow);
        validate(dueInAWeek);
        registry.clock().advance(Duration.ofDays(1));
        ApiResponse dueToday = requestAuthorisation(dueTomorrow);
        assertEquals(200, dueToday.status(), "due today has not passed yet: " + dueToday.body());

        registry.clock().advance(Duration.ofDays(7));
        ApiResponse passed = requestAuthorisation(dueInAWeek);
        assertEquals(409, passed.status(), passed.body());
        assertEquals("timeline-overdue", passed.json().get("rule").asText());
    }

    @Test
    void aTijdpadThatFallsDueDuringAuthorisationIsNotApproved() {
        String id = standard(List.of(tijdpad("informatiestandaard", today().plusDays(2))));
        validate(id);
        assertEquals(200, requestAuthorisation(id).status());
        registry.clock().advance(Duration.ofDays(3));

        ApiResponse approval = standards.decide(id, "approve");
        assertEquals(409, approval.status(), approval.body());
        assertEquals("timeline-overdue", approval.json().get("rule").asText());
        assertEquals("timelines[1].dueDate", approval.json().get("field").asText());
        assertEquals("authorisation", patientMember.get("/api/v1/documents/" + id).json().get("status").asText(),
                "a refused approval changes nothing");

        ApiResponse rejection = standards.decide(id, "reject");
        assertEquals(201, rejection.status(), "rejecting the round stays possible, so the authors can agree a new date: " + rejection.body());
        assertEquals("draft", patientMember.get("/api/v1/documents/" + id).json().get("status").asText());
    }

    @Test
    void theToetsingskaderCountsOnlyATijdpadWhoseDueDateHasNotPassed() {
        String overdue = standard(List.of());
        String path = "/api/v1/documents/" + overdue;
        ApiResponse patched = patientMember.patch(path, Map.of("timelines", List.of(tijdpad("meetinstrument", LocalDate.of(2020, 6, 30)))),
                "If-Match", patientMember.get(path).etag());
        assertEquals(200, patched.status(), patched.body());
        assertTrue(findings(validate(overdue)).contains("tk-instrument"), "a measurement instrument promised for 2020 is missing");
        assertFalse(findings(validate(standard(List.of()))).contains("tk-instrument"));
    }

    @Test
    void aDataDeliveryOnATijdpadSatisfiesTheToetsingskader() {
        String standard = standard(List.of());
        Map<String, Object> instrument = Map.of("kind", "instrument", "title", "Ziekteactiviteit", "standardId", standard,
                "purpose", "public-information", "workInstruction", "Lever per kwartaal aan.",
                "timelines", List.of(tijdpad("gegevensaanlevering", today().plusMonths(6))));
        String id = patientMember.post("/api/v1/documents", instrument).json().get("id").asText();
        assertFalse(findings(validate(id)).contains("tk-data-delivery"), "the Toetsingskader accepts a tijdpad for the data delivery");

        Map<String, Object> late = new java.util.HashMap<>(instrument);
        late.put("timelines", List.of(tijdpad("gegevensaanlevering", LocalDate.of(2020, 6, 30))));
        String lateId = patientMember.post("/api/v1/documents", late).json().get("id").asText();
        assertTrue(findings(validate(lateId)).contains("tk-data-delivery"), "a data delivery promised for 2020 is missing");
    }
}
