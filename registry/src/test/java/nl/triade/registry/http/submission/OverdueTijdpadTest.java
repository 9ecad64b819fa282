package nl.triade.registry.http.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.RegisterDesk;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.submission.FinalDocuments.FinalDocument;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/** A registered edition whose tijdpad has passed its due date is reported: on the document, and by a list filter. */
class OverdueTijdpadTest {

    private static List<String> ids(ApiResponse list) {
        assertEquals(200, list.status(), list.body());
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static List<String> overdueDeliverables(JsonNode document) {
        List<String> deliverables = new ArrayList<>();
        document.get("overdueTimelines").forEach(timeline -> deliverables.add(timeline.get("deliverable").asText()));
        return deliverables;
    }

    @Test
    void aRegisteredEditionsTijdpadIsReportedOnceItsDueDateHasPassed() throws Exception {
        try (RunningRegistry registry = start()) {
            LocalDate today = today(registry);
            FinalDocument document = registered(registry, List.of(
                    Map.of("deliverable", "meetinstrument", "dueDate", today.plusDays(10).toString()),
                    Map.of("deliverable", "cliëntenversie", "dueDate", today.plusDays(40).toString()),
                    Map.of("deliverable", "onderhoudsplan", "dueDate", today.plusDays(70).toString())));

            ApiClient anyone = registry.anonymous();
            assertEquals(List.of(), overdueDeliverables(anyone.get(document.path()).json()));
            assertEquals(List.of(), ids(anyone.get("/api/v1/documents?overdue=tijdpad")));

            registry.clock().advance(Duration.ofDays(10));
            assertEquals(List.of(), overdueDeliverables(anyone.get(document.path()).json()), "due today is not overdue yet");
            registry.clock().advance(Duration.ofDays(1));
            JsonNode registered = anyone.get(document.path()).json();
            assertEquals(List.of("meetinstrument"), overdueDeliverables(registered));
            assertEquals(today.plusDays(10).toString(), registered.get("overdueTimelines").get(0).get("dueDate").asText());
            assertEquals(List.of(document.id()), ids(anyone.get("/api/v1/documents?overdue=tijdpad")));
            assertEquals(List.of(document.id()), ids(document.author().get("/api/v1/documents?overdue=tijdpad&kind=standard")));
            assertEquals(List.of(), ids(anyone.get("/api/v1/documents?overdue=tijdpad&kind=instrument")));

            ApiResponse unknown = anyone.get("/api/v1/documents?overdue=someday");
            assertEquals(400, unknown.status(), unknown.body());
            assertEquals("overdue", unknown.json().get("field").asText());

            JsonNode event = Eventually.found("the event of the first overdue tijdpad",
                    () -> overdueEvents(registry, document).stream().findFirst());
            assertEquals("meetinstrument", event.get("data").get("deliverable").asText(), event.toString());
            assertEquals(today.plusDays(10).toString(), event.get("data").get("dueDate").asText());
            assertEquals(1, event.get("data").get("version").asInt());
            assertTrue(event.get("actor").isNull(), "the registry itself records it");

            registry.clock().advance(Duration.ofDays(30));
            Eventually.until("the second tijdpad's event", () -> overdueEvents(registry, document).size() == 2);
            registry.restart();
            registry.clock().advance(Duration.ofDays(30));
            Eventually.until("the third tijdpad's event, after a restart", () -> overdueEvents(registry, document).size() >= 3);
            assertEquals(List.of("meetinstrument", "cliëntenversie", "onderhoudsplan"), overdueEvents(registry, document).stream()
                    .map(each -> each.get("data").get("deliverable").asText()).toList(), "each tijdpad is reported once");
        }
    }

    @Test
    void anEditionInForceKeepsBeingWatchedWhileItsNextVersionIsDrafted() throws Exception {
        try (RunningRegistry registry = start()) {
            LocalDate today = today(registry);
            FinalDocument document = registered(registry, List.of(
                    Map.of("deliverable", "meetinstrument", "dueDate", today.plusDays(10).toString()),
                    Map.of("deliverable", "cliëntenversie", "dueDate", today.plusDays(40).toString())));
            ApiResponse revised = document.author().post(document.path() + "/transitions", Map.of("action", "revise"));
            assertEquals(200, revised.status(), revised.body());
            ApiResponse postponed = document.author().patch(document.path(), Map.of("timelines", List.of(
                    Map.of("deliverable", "meetinstrument", "dueDate", today.plusDays(400).toString()))),
                    "If-Match", document.author().get(document.path()).etag());
            assertEquals(200, postponed.status(), postponed.body());

            registry.clock().advance(Duration.ofDays(11));
            JsonNode draft = document.author().get(document.path()).json();
            assertEquals("draft", draft.get("status").asText());
            assertEquals(2, draft.get("version").asInt());
            assertEquals(List.of("meetinstrument"), overdueDeliverables(draft),
                    "the edition in force promised it; a new date in the draft does not change what the Register was promised");
            assertEquals(1, draft.get("overdueTimelines").get(0).get("edition").asInt());
            assertEquals(List.of(document.id()), ids(document.author().get("/api/v1/documents?overdue=tijdpad")));
            JsonNode event = Eventually.found("the event of the edition's overdue tijdpad",
                    () -> overdueEvents(registry, document).stream().findFirst());
            assertEquals("meetinstrument", event.get("data").get("deliverable").asText(), event.toString());
            assertEquals(1, event.get("data").get("version").asInt(), "it names the edition, not the draft's version");

            FinalDocument witness = registered(registry, List.of(
                    Map.of("deliverable", "cliëntenversie", "dueDate", today.plusDays(40).toString())));
            ApiResponse withdrawn = RegisterDesk.open(registry).assessor().post(document.path() + "/editions/1/withdrawal",
                    Map.of("reason", "Vervangen door de richtlijn van 2027."));
            assertEquals(200, withdrawn.status(), withdrawn.body());
            assertEquals(List.of(), overdueDeliverables(document.author().get(document.path()).json()),
                    "a withdrawn edition promises the Register nothing any more");
            assertEquals(List.of(), ids(document.author().get("/api/v1/documents?overdue=tijdpad")));

            registry.clock().advance(Duration.ofDays(30));
            registry.restart();
            Eventually.until("the witness's tijdpad, due with the withdrawn edition's second, is reported",
                    () -> overdueEvents(registry, witness).size() == 1);
            assertEquals(1, overdueEvents(registry, document).size(), "nothing more is reported of the withdrawn edition");
        }
    }

    private static RunningRegistry start() throws IOException {
        return RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
                Files.createTempDirectory("triade-outbox").toString(), "TRIADE_SUBMISSION_POLL_MS", "50"), "register-outbox");
    }

    private static LocalDate today(RunningRegistry registry) {
        return LocalDate.now(registry.clock().withZone(ZoneId.of("Europe/Amsterdam")));
    }

    /** A document with these tijdpaden, submitted through the outbox and registered by the Register as its version 1. */
    private static FinalDocument registered(RunningRegistry registry, List<Map<String, Object>> timelines) {
        FinalDocument document = FinalDocuments.create(registry, timelines);
        String submission = registry.admin().post(document.path() + "/submissions", Map.of("channel", "register-outbox"))
                .json().get("id").asText();
        Eventually.until("the package is written",
                () -> registry.admin().get("/api/v1/submissions/" + submission).json().get("state").asText().equals("sent"));
        RegisterDesk.open(registry).register(submission, "ZIN-" + document.id());
        return document;
    }

    private static List<JsonNode> overdueEvents(RunningRegistry registry, FinalDocument document) {
        List<JsonNode> events = new ArrayList<>();
        registry.admin().get("/api/v1/events?document=" + document.id() + "&limit=200").json().get("items").forEach(event -> {
            if (event.get("type").asText().equals("timeline.overdue")) {
                events.add(event);
            }
        });
        return events;
    }
}
