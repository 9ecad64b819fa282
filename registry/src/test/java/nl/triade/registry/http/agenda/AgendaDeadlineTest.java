package nl.triade.registry.http.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.submission.FinalDocuments;
import nl.triade.registry.http.submission.FinalDocuments.FinalDocument;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/** Authors link their documents to agenda items; past its deadline an item is met by a timely submission, else overdue. */
class AgendaDeadlineTest {

    @Test
    void anItemPastItsDeadlineIsMetByATimelySubmissionAndOverdueWithoutOne() throws Exception {
        Map<String, String> settings = Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
                Files.createTempDirectory("triade-outbox").toString(), "TRIADE_SUBMISSION_POLL_MS", "50");
        try (RunningRegistry registry = RunningRegistry.start(false, settings, "register-outbox")) {
            LocalDate today = LocalDate.now(registry.clock().withZone(ZoneId.of("Europe/Amsterdam")));
            FinalDocument standard = FinalDocuments.create(registry);
            Parties parties = new Parties(registry);
            parties.organisation("zorginstituut", "register");
            ApiClient register = parties.as("zorginstituut", "member");
            String met = item(register, "standard", today.plusDays(10));
            String late = item(register, "standard", today.plusDays(10));
            String earlier = item(register, "standard", today.plusDays(9));
            String instrument = item(register, "instrument", today.plusDays(10));

            Map<String, String> link = Map.of("document", standard.id());
            assertEquals(403, parties.as("verzekeraar", "org-admin").post(met + "/documents", link).status(),
                    "the insurer declined: it is no author");
            assertEquals(403, register.post(met + "/documents", link).status());
            ApiResponse mismatch = standard.author().post(instrument + "/documents", link);
            assertEquals(409, mismatch.status(), mismatch.body());
            assertEquals("agenda-kind-mismatch", mismatch.json().get("rule").asText());
            ApiResponse linked = standard.author().post(met + "/documents", link);
            assertEquals(200, linked.status(), linked.body());
            assertEquals(standard.id(), linked.json().get("documents").get(0).get("document").asText());
            assertEquals("patienten", linked.json().get("documents").get(0).get("linkedBy").asText());
            assertEquals(0, registry.anonymous().get(met).json().get("documents").size(), "a final document is not public");
            ApiResponse submitted = registry.admin().post(standard.path() + "/submissions", Map.of("channel", "register-outbox"));
            assertEquals(201, submitted.status(), submitted.body());

            registry.clock().advance(Duration.ofDays(10));
            Eventually.until("the item due yesterday is judged", () -> status(registry, earlier).equals("overdue"));
            assertEquals("open", status(registry, met), "the deadline day itself still counts");
            assertEquals("open", status(registry, late));

            registry.clock().advance(Duration.ofDays(1));
            Eventually.until("both items are judged", () -> status(registry, met).equals("met") && status(registry, late).equals("overdue"));
            JsonNode metEvent = AgendaEvents.of(registry, met).get(AgendaEvents.of(registry, met).size() - 1);
            assertEquals("agenda-item.met", metEvent.get("type").asText());
            assertEquals(standard.id(), metEvent.get("document").asText());
            assertTrue(metEvent.get("actor").isNull(), "the registry itself judges");
            ApiResponse closed = standard.author().post(met + "/documents", link);
            assertEquals(409, closed.status(), closed.body());
            assertEquals("agenda-item-closed", closed.json().get("rule").asText());

            registry.restart();
            String afterRestart = item(register, "standard", today.plusDays(10));
            Eventually.until("a round after the restart", () -> status(registry, afterRestart).equals("overdue"));
            assertEquals(List.of("agenda-item.created", "agenda-item.overdue"), AgendaEvents.types(registry, late), "judged once");
            List<String> overdue = AgendaApiTest.ids(registry.anonymous().get("/api/v1/agenda?status=overdue"));
            assertTrue(overdue.contains(idOf(late)) && overdue.contains(idOf(earlier)) && !overdue.contains(idOf(met)), overdue.toString());
            assertEquals(List.of(idOf(met)), AgendaApiTest.ids(registry.anonymous().get("/api/v1/agenda?status=met")));
        }
    }

    private static String item(ApiClient register, String kind, LocalDate deadline) {
        ApiResponse created = register.post("/api/v1/agenda", Map.of("topic", "Artrose van de knie", "documentKind", kind,
                "responsible", List.of("patienten", "artsen"), "deadline", deadline.toString()));
        assertEquals(201, created.status(), created.body());
        return created.header("Location");
    }

    private static String idOf(String item) {
        return item.substring(item.lastIndexOf('/') + 1);
    }

    private static String status(RunningRegistry registry, String item) {
        return registry.anonymous().get(item).json().get("status").asText();
    }
}
