package nl.triade.registry.http.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;

/**
 * A patient organisation drafting standards with a provider and an insurer as co-authors, each
 * with the sections the Toetsingskader asks for: what tests of the validators meet before they
 * differ. Dates are days in the Netherlands on the registry's clock, as the Register reads them.
 */
final class ThreePartyStandards {
    private static final ZoneId REGISTER_ZONE = ZoneId.of("Europe/Amsterdam");
    private final RunningRegistry registry;
    private final ApiClient member;
    private final ApiClient admin;

    private ThreePartyStandards(RunningRegistry registry, ApiClient member, ApiClient admin) {
        this.registry = registry;
        this.member = member;
        this.admin = admin;
    }

    /** Creates the three organisations in {@code registry}, and a member and an org-admin of the patient organisation. */
    static ThreePartyStandards in(RunningRegistry registry) {
        Parties parties = new Parties(registry);
        parties.organisation("reumapatienten", "patient");
        parties.organisation("reumatologen", "provider");
        parties.organisation("zorgverzekeraar", "insurer");
        return new ThreePartyStandards(registry, parties.as("reumapatienten", "member"), parties.as("reumapatienten", "org-admin"));
    }

    /** The patient organisation's member, who drafts. */
    ApiClient member() {
        return member;
    }

    LocalDate today() {
        return LocalDate.now(registry.clock().withZone(REGISTER_ZONE));
    }

    static Map<String, Object> tijdpad(String deliverable, LocalDate dueDate) {
        return Map.of("deliverable", deliverable, "dueDate", dueDate.toString());
    }

    /**
     * A standard with {@code fields} over a title, summary and maintenance plan, the sections on the
     * content and the organisation of care, and the provider and insurer as co-authors.
     */
    String standard(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "standard", "title", "Reumatoïde artritis",
                "summary", "Samenvatting", "maintenancePlan", Map.of("maintainedBy", "reumapatienten", "reviewIntervalMonths", 36)));
        body.putAll(fields);
        String id = member.post("/api/v1/documents", body).json().get("id").asText();
        String path = "/api/v1/documents/" + id;
        for (String[] section : new String[][] {{"zorginhoud", "Inhoud van zorg"}, {"organisatie", "Organisatie van zorg"}}) {
            assertEquals(201, member.put(path + "/sections/" + section[0], Map.of("title", section[1], "body", "tekst"),
                    "If-None-Match", "*").status());
        }
        for (String organisation : List.of("reumatologen", "zorgverzekeraar")) {
            assertEquals(201, member.put(path + "/participants/" + organisation, Map.of("role", "author"),
                    "If-Match", member.get(path).etag()).status());
        }
        return id;
    }

    /** A validation report of the current revision, run by the member. */
    JsonNode validate(String id) {
        ApiResponse report = member.post("/api/v1/documents/" + id + "/validations", Map.of());
        assertEquals(201, report.status(), report.body());
        return report.json();
    }

    /** The patient organisation's org-admin decides on the frozen content: {@code approve}, or {@code reject} with a motivation. */
    ApiResponse decide(String id, String decision) {
        String frozen = admin.get("/api/v1/documents/" + id).json().get("frozenContentHash").asText();
        Map<String, Object> body = new HashMap<>(Map.of("decision", decision, "contentHash", frozen));
        if (decision.equals("reject")) {
            body.put("motivation", "De tijdpaden moeten eerst opnieuw worden afgesproken.");
        }
        return admin.post("/api/v1/documents/" + id + "/approvals", body);
    }

    /** The org-admin asks for authorisation. */
    ApiResponse requestAuthorisation(String id) {
        return admin.post("/api/v1/documents/" + id + "/transitions", Map.of("action", "request-authorisation"));
    }
}
