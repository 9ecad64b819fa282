package nl.triade.registry.http.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** When the field fails, the Register assigns an overdue agenda item to the Kwaliteitsraad. */
class KwaliteitsraadTest {
    @RegisterExtension
    static final RunningRegistry registry = RunningRegistry.perTestClass();
    private static Parties parties;
    private static ApiClient zorginstituut;

    @BeforeAll
    static void organisations() {
        parties = new Parties(registry);
        parties.organisation("zorginstituut", "register");
        parties.organisation("kwaliteitsraad", "register");
        parties.organisation("reumapatienten", "patient");
        parties.organisation("reumatologen", "provider");
        parties.organisation("verzekeraar-r", "insurer");
        zorginstituut = parties.as("zorginstituut", "member");
    }

    private static String item(LocalDate deadline) {
        ApiResponse created = zorginstituut.post("/api/v1/agenda", Map.of("topic", "Reumatoïde artritis", "documentKind", "standard",
                "responsible", List.of("reumapatienten", "reumatologen", "verzekeraar-r"), "deadline", deadline.toString()));
        assertEquals(201, created.status(), created.body());
        return created.header("Location");
    }

    private static LocalDate today() {
        return LocalDate.now(registry.clock().withZone(ZoneId.of("Europe/Amsterdam")));
    }

    static String overdueItem() {
        String item = item(today().minusDays(1));
        Eventually.until("the item is overdue", () -> registry.anonymous().get(item).json().get("status").asText().equals("overdue"));
        return item;
    }

    @Test
    void theRegisterAssignsAnOverdueItemToTheKwaliteitsraad() {
        String item = overdueItem();
        Map<String, String> kwaliteitsraad = Map.of("organisation", "kwaliteitsraad");
        assertEquals(428, zorginstituut.post(item + "/assignment", kwaliteitsraad).status());
        assertEquals(403, registry.admin().post(item + "/assignment", kwaliteitsraad, "If-Match", "*").status());
        assertEquals(403, parties.as("reumapatienten", "org-admin").post(item + "/assignment", kwaliteitsraad, "If-Match", "*").status());
        for (String notACouncil : List.of("triade", "reumatologen")) {
            ApiResponse refused = zorginstituut.post(item + "/assignment", Map.of("organisation", notACouncil), "If-Match", "*");
            assertEquals(400, refused.status(), refused.body());
            assertEquals("register-organisation", refused.json().get("rule").asText(), notACouncil);
        }
        assertEquals("must-exist", zorginstituut.post(item + "/assignment", Map.of("organisation", "nergens"), "If-Match", "*")
                .json().get("rule").asText());

        ApiResponse assigned = zorginstituut.post(item + "/assignment", kwaliteitsraad, "If-Match", "*");
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals("assigned", assigned.json().get("status").asText());
        assertEquals("kwaliteitsraad", registry.anonymous().get(item).json().get("assignedTo").asText());
        ApiResponse again = zorginstituut.post(item + "/assignment", kwaliteitsraad, "If-Match", "*");
        assertEquals("not-overdue", again.json().get("rule").asText(), again.body());
        ApiResponse changed = zorginstituut.put(item, Map.of("topic", "Reuma", "documentKind", "standard",
                "responsible", List.of("reumapatienten"), "deadline", "2031-01-01"), "If-Match", "*");
        assertEquals("agenda-item-closed", changed.json().get("rule").asText(), changed.body());
        assertEquals(List.of("agenda-item.created", "agenda-item.overdue", "agenda-item.assigned"), AgendaEvents.types(registry, item));
    }

    @Test
    void anItemTheFieldCanStillMeetIsNotAssigned() {
        String open = item(today().plusDays(30));
        ApiResponse refused = zorginstituut.post(open + "/assignment", Map.of("organisation", "kwaliteitsraad"), "If-Match", "*");
        assertEquals(409, refused.status(), refused.body());
        assertEquals("not-overdue", refused.json().get("rule").asText());
    }

    @Test
    void theKwaliteitsraadAuthorsTheAssignedItemsDocumentOnceItRecordedConsultingTheParties() {
        String item = overdueItem();
        assertEquals(200, zorginstituut.post(item + "/assignment", Map.of("organisation", "kwaliteitsraad"), "If-Match", "*").status());
        ApiClient council = parties.as("kwaliteitsraad", "org-admin");
        assertEquals(403, zorginstituut.post(item + "/document", Map.of()).status(), "another register account");
        assertEquals(403, registry.admin().post(item + "/document", Map.of()).status(), "the operator");
        ApiResponse started = council.post(item + "/document", Map.of());
        assertEquals(201, started.status(), started.body());
        String document = started.header("Location");
        assertEquals(document.substring(document.lastIndexOf('/') + 1), started.json().get("documents").get(0).get("document").asText());
        ApiResponse second = council.post(item + "/document", Map.of());
        assertEquals(409, second.status(), second.body());
        assertEquals("agenda-document-exists", second.json().get("rule").asText());

        JsonNode drafted = council.get(document).json();
        assertEquals("Reumatoïde artritis", drafted.get("title").asText());
        assertEquals("kwaliteitsraad", drafted.get("participants").get(0).get("organisation").asText());
        assertEquals(201, council.put(document + "/sections/zorginhoud", Map.of("title", "Inhoud van zorg",
                "body", "Vroege verwijzing naar de reumatoloog."), "If-None-Match", "*").status());
        assertEquals(201, council.post(document + "/validations", Map.of()).status());
        ApiResponse alone = council.post(document + "/transitions", Map.of("action", "request-authorisation"));
        assertEquals(409, alone.status(), alone.body());
        assertEquals("parties-incomplete", alone.json().get("rule").asText());

        Map<String, String> meeting = Map.of("consultedOn", today().minusDays(3).toString(), "how", "Spiegelgesprek met twaalf leden");
        assertEquals(404, zorginstituut.put(document + "/consultations/reumapatienten", meeting).status(), "a draft is the council's");
        ApiResponse register = council.put(document + "/consultations/zorginstituut", meeting);
        assertEquals("care-party", register.json().get("rule").asText(), register.body());
        ApiResponse future = council.put(document + "/consultations/reumapatienten", Map.of("consultedOn", today().plusDays(1).toString(),
                "how", "Later"));
        assertEquals(400, future.status(), future.body());
        for (String party : List.of("reumapatienten", "reumatologen", "verzekeraar-r")) {
            ApiResponse recorded = council.put(document + "/consultations/" + party, meeting);
            assertEquals(200, recorded.status(), recorded.body());
        }
        JsonNode mandate = council.get(document).json().get("kwaliteitsraad");
        assertEquals(item.substring(item.lastIndexOf('/') + 1), mandate.get("agendaItem").asText());
        assertEquals(3, mandate.get("consultations").size());
        assertEquals("Spiegelgesprek met twaalf leden", mandate.get("consultations").get(0).get("how").asText());

        ApiResponse requested = council.post(document + "/transitions", Map.of("action", "request-authorisation"));
        assertEquals(200, requested.status(), requested.body());
        ApiResponse approved = council.post(document + "/approvals", Map.of("decision", "approve",
                "contentHash", requested.json().get("frozenContentHash").asText()));
        assertEquals(201, approved.status(), approved.body());
        assertEquals("final", council.get(document).json().get("status").asText());
        ApiResponse late = council.put(document + "/consultations/reumapatienten", meeting);
        assertEquals("not-draft", late.json().get("rule").asText(), late.body());
    }

    @Test
    void theMandateServesOnlyThatItemsDocument() {
        ApiClient council = parties.as("kwaliteitsraad", "org-admin");
        Map<String, String> standard = Map.of("kind", "standard", "title", "Artrose");
        assertEquals(403, council.post("/api/v1/documents", standard).status());
        assertEquals(403, registry.admin().post("/api/v1/documents", standard).status());
        ApiClient patients = parties.as("reumapatienten", "org-admin");
        String document = patients.post("/api/v1/documents", standard).header("Location");
        ApiResponse refused = patients.put(document + "/consultations/reumatologen", Map.of("consultedOn", today().toString(),
                "how", "Overleg"));
        assertEquals(409, refused.status(), refused.body());
        assertEquals("no-mandate", refused.json().get("rule").asText());
    }
}
