package nl.triade.registry.http.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Toetsingskader's tk-parties reads the Kwaliteitsraad's consultations, which plugins receive with the document. */
class KwaliteitsraadValidationTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass(Map.of(), "toetsingskader");

    @Test
    void theToetsingskaderAcceptsTheCouncilsConsultationsOfTheThreeParties() {
        Parties parties = new Parties(registry);
        parties.organisation("zorginstituut", "register");
        parties.organisation("kwaliteitsraad", "register");
        parties.organisation("longpatienten", "patient");
        parties.organisation("longartsen", "provider");
        parties.organisation("verzekeraar-l", "insurer");
        ApiClient register = parties.as("zorginstituut", "member");
        LocalDate today = LocalDate.now(registry.clock().withZone(ZoneId.of("Europe/Amsterdam")));
        String item = register.post("/api/v1/agenda", Map.of("topic", "COPD", "documentKind", "standard",
                "responsible", List.of("longpatienten", "longartsen", "verzekeraar-l"), "deadline", today.minusDays(1).toString()))
                .header("Location");
        Eventually.until("the item is overdue", () -> registry.anonymous().get(item).json().get("status").asText().equals("overdue"));
        register.post(item + "/assignment", Map.of("organisation", "kwaliteitsraad"), "If-Match", "*");
        ApiClient council = parties.as("kwaliteitsraad", "org-admin");
        String document = council.post(item + "/document", Map.of()).header("Location");

        assertEquals(List.of("kwaliteitsraad", "kwaliteitsraad", "kwaliteitsraad"), partyFindings(council, document),
                "nobody consulted yet: patient, provider and insurer are missing");
        for (String party : List.of("longpatienten", "longartsen", "verzekeraar-l")) {
            assertEquals(200, council.put(document + "/consultations/" + party, Map.of("consultedOn", today.toString(),
                    "how", "Schriftelijke ronde over het concept")).status());
        }
        assertEquals(List.of(), partyFindings(council, document));
    }

    /** The paths of the tk-parties findings of a validation run now. */
    private static List<String> partyFindings(ApiClient council, String document) {
        ApiResponse report = council.post(document + "/validations", Map.of());
        assertEquals(201, report.status(), report.body());
        List<String> paths = new ArrayList<>();
        report.json().get("findings").forEach(finding -> {
            if (finding.get("rule").asText().equals("tk-parties")) {
                paths.add(finding.get("path").asText());
            }
        });
        return paths;
    }
}
