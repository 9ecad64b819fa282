package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Validators and reviewers configured per organisation, as the organisations meet them: a patient
 * organisation's rule binds the documents it authors and is advice on the others, the Register's
 * Toetsingskader binds every document, and two insurers each review with their own settings.
 */
class PluginsPerOrganisationTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of(
            "TRIADE_PLUGIN_TOETSINGSKADER_ORGANISATIONS", "zorginstituut",
            "TRIADE_PLUGIN_PATIENT_PERSPECTIVE_ORGANISATIONS", "diabetesvereniging, nergens",
            "TRIADE_PLUGIN_INSURER_REVIEW_ORGANISATIONS", "verzekeraar-a",
            "TRIADE_PLUGIN_INSURER_REVIEW_AT_VERZEKERAAR_B__MAX_INDICATORS", "1"),
            "toetsingskader", "patient-perspective", "insurer-review");
    private static ThreePartyStandards reuma;
    private static Parties parties;

    @BeforeAll
    static void start() {
        reuma = ThreePartyStandards.in(registry);
        parties = new Parties(registry);
        parties.organisation("diabetesvereniging", "patient");
        parties.organisation("verzekeraar-a", "insurer");
        parties.organisation("verzekeraar-b", "insurer");
        parties.organisation("zorginstituut", "register");
    }

    /** A standard of the reuma organisations that only its cliëntenversie keeps from passing every rule. */
    private static String reumaStandard(Map<String, Object> fields) {
        String id = reuma.standard(fields);
        String path = "/api/v1/documents/" + id;
        assertEquals(201, reuma.member().post(path + "/evidence", Map.of("type", "focus-group", "title", "Focusgroep"),
                "If-Match", reuma.member().get(path).etag()).status());
        return id;
    }

    private static Map<String, Object> unreadablePatientVersion() {
        return Map.of("patientVersion", "...", "timelines",
                List.of(ThreePartyStandards.tijdpad("meetinstrument", reuma.today().plusDays(180))));
    }

    /**
     * Each finding but the {@code info} ones (sections listed for the Register's reviewer) as
     * {@code validator@organisation:rule:severity:blocking}, the organisation "-" for an installation-wide one.
     */
    private static List<String> findings(JsonNode report) {
        List<String> findings = new ArrayList<>();
        report.get("findings").forEach(finding -> {
            if (!finding.get("severity").asText().equals("info")) {
                findings.add(finding.get("validator").asText() + "@"
                        + (finding.get("organisation").isNull() ? "-" : finding.get("organisation").asText()) + ":"
                        + finding.get("rule").asText() + ":" + finding.get("severity").asText() + ":"
                        + (finding.get("blocking").asBoolean() ? "blocking" : "advice"));
            }
        });
        return findings;
    }

    @Test
    void aPatientOrganisationsRuleIsAdviceOnADocumentItTakesNoPartIn() {
        String id = reumaStandard(unreadablePatientVersion());
        JsonNode report = reuma.validate(id);
        ApiResponse requested = reuma.requestAuthorisation(id);
        assertEquals(200, requested.status(), requested.body());
        assertEquals(List.of("patient-perspective@diabetesvereniging:pp-readability:error:advice"), findings(report),
                report.toString());
        assertTrue(report.get("passed").asBoolean(), "advice never fails a report");
    }

    @Test
    void thePatientOrganisationsRuleBindsADocumentItAuthors() {
        ApiClient member = parties.as("diabetesvereniging", "member");
        ApiClient steward = parties.as("diabetesvereniging", "org-admin");
        Map<String, Object> body = new TreeMap<>(Map.of("kind", "standard", "title", "Diabetes", "summary", "Samenvatting",
                "maintenancePlan", Map.of("maintainedBy", "diabetesvereniging", "reviewIntervalMonths", 36)));
        body.putAll(unreadablePatientVersion());
        body.putAll(ThreePartyStandards.CRITERIA_FACTS);
        String id = member.post("/api/v1/documents", body).json().get("id").asText();
        String path = "/api/v1/documents/" + id;
        for (List<String> section : ThreePartyStandards.SECTIONS) {
            assertEquals(201, member.put(path + "/sections/" + section.get(0), Map.of("title", section.get(1), "body", section.get(2)),
                    "If-None-Match", "*").status());
        }
        for (String organisation : List.of("reumatologen", "zorgverzekeraar")) {
            assertEquals(201, member.put(path + "/participants/" + organisation, Map.of("role", "author"),
                    "If-Match", member.get(path).etag()).status());
        }
        assertEquals(201, member.post(path + "/evidence", Map.of("type", "survey", "title", "Enquête"),
                "If-Match", member.get(path).etag()).status());
        JsonNode report = member.post(path + "/validations", Map.of()).json();
        assertEquals(List.of("patient-perspective@diabetesvereniging:pp-readability:error:blocking"), findings(report),
                report.toString());
        assertFalse(report.get("passed").asBoolean());
        ApiResponse refused = steward.post(path + "/transitions", Map.of("action", "request-authorisation"));
        assertEquals(409, refused.status(), refused.body());
        assertEquals("validation-errors", refused.json().get("rule").asText());
    }

    @Test
    void theRegistersToetsingskaderBindsEveryDocument() {
        String id = reumaStandard(Map.of("timelines", List.of(ThreePartyStandards.tijdpad("meetinstrument",
                reuma.today().plusDays(180)))));
        JsonNode report = reuma.validate(id);
        List<String> findings = findings(report);
        assertTrue(findings.contains("toetsingskader@zorginstituut:tk-patient-version:error:blocking"), findings.toString());
        assertTrue(findings.contains("patient-perspective@diabetesvereniging:pp-patient-version:error:advice"), findings.toString());
        assertFalse(report.get("passed").asBoolean());
        assertEquals(409, reuma.requestAuthorisation(id).status());
    }

    @Test
    void aPatientOrganisationsPromPremRuleIsAdviceOnAnotherOrganisationsInstrument() {
        ApiClient member = reuma.member();
        String standard = reumaStandard(unreadablePatientVersion());
        String id = member.post("/api/v1/documents", Map.of("kind", "instrument", "title", "Reuma-indicatoren", "standardId", standard))
                .json().get("id").asText();
        assertEquals(201, member.put("/api/v1/documents/" + id + "/indicators/das28", Map.of("title", "Ziekteactiviteit",
                "type", "outcome", "numerator", "in remissie", "denominator", "allen"), "If-None-Match", "*").status());
        List<String> patientPerspective = findings(reuma.validate(id)).stream()
                .filter(finding -> finding.startsWith("patient-perspective@")).toList();
        assertTrue(patientPerspective.contains("patient-perspective@diabetesvereniging:pp-prom-prem:error:advice"),
                patientPerspective.toString());
        assertTrue(patientPerspective.stream().noneMatch(finding -> finding.endsWith(":blocking")), patientPerspective.toString());
    }

    @Test
    void twoInsurersEachReviewWithTheirOwnSettingsAndAsThemselves() {
        ApiClient member = reuma.member();
        String standard = member.post("/api/v1/documents", Map.of("kind", "standard", "title", "Standaard")).json().get("id").asText();
        String id = member.post("/api/v1/documents", Map.of("kind", "instrument", "title", "Instrument", "standardId", standard))
                .json().get("id").asText();
        String path = "/api/v1/documents/" + id;
        assertEquals(201, member.put(path + "/indicators/voet", Map.of("title", "Voetonderzoek", "type", "process",
                "numerator", "onderzocht", "denominator", "allen"), "If-None-Match", "*").status());
        assertEquals(201, member.put(path + "/indicators/oog", Map.of("title", "Oogonderzoek", "type", "process",
                "numerator", "onderzocht", "denominator", "allen", "dataSource", "EPD"), "If-None-Match", "*").status());
        ApiClient steward = parties.as("reumapatienten", "org-admin");
        assertEquals(200, steward.post(path + "/transitions", Consultations.opening(registry)).status());
        JsonNode comments = Eventually.found("both insurers' comments", () -> Optional.of(member.get(path + "/comments").json()
                .get("items")).filter(items -> items.size() >= 3));
        Map<String, List<String>> byOrganisation = new TreeMap<>();
        comments.forEach(comment -> {
            assertEquals("plugin:insurer-review", comment.get("source").asText());
            byOrganisation.computeIfAbsent(comment.get("organisation").asText(), key -> new ArrayList<>())
                    .add(comment.get("body").asText().substring(0, 30));
        });
        assertEquals(Map.of("verzekeraar-a", List.of("Indicator 'voet' heeft geen ge"),
                "verzekeraar-b", List.of("Indicator 'voet' heeft geen ge", "Het meetinstrument telt 2 indi")),
                byOrganisation, "each insurer comments as itself, with its own max-indicators");
    }

    @Test
    void eachInstanceIsListedWithTheOrganisationItServes() {
        Map<String, JsonNode> instances = new TreeMap<>();
        registry.admin().get("/api/v1/plugins").json().get("items").forEach(plugin -> instances.put(plugin.get("id").asText() + "@"
                + (plugin.get("organisation").isNull() ? "-" : plugin.get("organisation").asText()), plugin));
        assertEquals(List.of("insurer-review@verzekeraar-a", "insurer-review@verzekeraar-b", "patient-perspective@diabetesvereniging",
                "patient-perspective@nergens", "toetsingskader@zorginstituut"), List.copyOf(instances.keySet()));
        assertTrue(instances.get("insurer-review@verzekeraar-b").get("configured").asBoolean());
        JsonNode missing = instances.get("patient-perspective@nergens");
        assertFalse(missing.get("configured").asBoolean());
        assertEquals("organisation nergens does not exist", missing.get("configurationProblems").get(0).asText());
    }
}
