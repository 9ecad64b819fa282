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
    /**
     * Key, title and body of the sections whose substance the Toetsingskader checks, each longer than
     * its default minimum (150 characters).
     */
    static final List<List<String>> SECTIONS = List.of(
            List.of("zorginhoud", "Inhoud van zorg", "Bij vermoeden van reumatoïde artritis ziet de reumatoloog de patiënt "
                    + "binnen zes weken, start bij de diagnose een behandeling met methotrexaat en meet de ziekteactiviteit "
                    + "elke drie maanden."),
            List.of("organisatie", "Organisatie van zorg", "De huisarts verwijst bij artritis van meer dan één gewricht "
                    + "direct; de reumaverpleegkundige geeft uitleg en is de vaste contactpersoon; de reumatoloog houdt de "
                    + "regie over de behandeling."),
            List.of("onderbouwing", "Onderbouwing", "De aanbevelingen volgen de richtlijn Reumatoïde artritis (2019) en "
                    + "een enquête onder 600 patiënten; waar het bewijs ontbrak, besliste de werkgroep op grond van de "
                    + "ervaring van artsen en patiënten."));
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

    /** The patient organisation's org-admin, who steers and approves. */
    ApiClient admin() {
        return admin;
    }

    LocalDate today() {
        return LocalDate.now(registry.clock().withZone(REGISTER_ZONE));
    }

    static Map<String, Object> tijdpad(String deliverable, LocalDate dueDate) {
        return Map.of("deliverable", deliverable, "dueDate", dueDate.toString());
    }

    /**
     * What Toetsingskader 3.0 asks of a standard beyond its text and parts: an information standard by
     * reference (criterion 6) and a complete assessment of the financial consequences without a
     * significant impact (criterion 7).
     */
    static final Map<String, Object> CRITERIA_FACTS = Map.of(
            "informationStandards", List.of(Map.of("identifier", "nl.zorg.Probleem", "name", "Zorginformatiebouwsteen Probleem",
                    "version", "2020", "url", "https://zibs.nl/wiki/Probleem-v4.4(2020NL)")),
            "financialImpact", Map.of("effect", "increase", "eurosPerYear", 250_000,
                    "basis", "Budgetimpactanalyse bij 4.000 patiënten per jaar", "significant", false, "assessedBy", "Werkgroep kosten"));

    /**
     * A standard with {@code fields} over a title, summary, maintenance plan, information standard and
     * financial-impact assessment, the {@link #SECTIONS} on the content and the organisation of care
     * and its substantiation, and the provider and insurer as co-authors.
     */
    String standard(Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "standard", "title", "Reumatoïde artritis",
                "summary", "Samenvatting", "maintenancePlan", Map.of("maintainedBy", "reumapatienten", "reviewIntervalMonths", 36)));
        body.putAll(CRITERIA_FACTS);
        body.putAll(fields);
        String id = member.post("/api/v1/documents", body).json().get("id").asText();
        String path = "/api/v1/documents/" + id;
        for (List<String> section : SECTIONS) {
            assertEquals(201, member.put(path + "/sections/" + section.get(0), Map.of("title", section.get(1), "body", section.get(2)),
                    "If-None-Match", "*").status());
        }
        for (String organisation : List.of("reumatologen", "zorgverzekeraar")) {
            assertEquals(201, member.put(path + "/participants/" + organisation, Map.of("role", "author"),
                    "If-Match", member.get(path).etag()).status());
        }
        return id;
    }

    /** Writes section {@code key} of document {@code id}, whether it exists or not. */
    void section(String id, String key, String title, String body) {
        boolean exists = false;
        for (JsonNode section : member.get("/api/v1/documents/" + id).json().get("sections")) {
            exists |= section.get("key").asText().equals(key);
        }
        ApiResponse written = member.put("/api/v1/documents/" + id + "/sections/" + key, Map.of("title", title, "body", body), exists ? "If-Match" : "If-None-Match", "*");
        assertEquals(exists ? 200 : 201, written.status(), written.body());
    }

    /**
     * A standard complete under Toetsingskader 3.0, with a cliëntenversie and its measurement
     * instrument on a tijdpad a year ahead, and {@code fields} over all of that.
     */
    String complete(Map<String, Object> fields) {
        Map<String, Object> all = new HashMap<>(Map.of("patientVersion", "Uitleg voor patiënten",
                "timelines", List.of(tijdpad("meetinstrument", today().plusYears(1)))));
        all.putAll(fields);
        return standard(all);
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
