package nl.triade.registry.http.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * A registered edition is in force until the next edition of its document is registered
 * (superseded), the Register withdraws it, or its review date passes (expired); the public register
 * shows each edition's status.
 */
class EditionStatesTest {

    private static RunningRegistry start() throws Exception {
        return RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY",
                Files.createTempDirectory("triade-outbox").toString(), "TRIADE_SUBMISSION_POLL_MS", "50"), "register-outbox");
    }

    private static String submit(RunningRegistry registry, FinalDocument document) {
        ApiResponse submitted = registry.admin().post(document.path() + "/submissions", Map.of("channel", "register-outbox"));
        assertEquals(201, submitted.status(), submitted.body());
        return submitted.json().get("id").asText();
    }

    private static LocalDate today(RunningRegistry registry) {
        return LocalDate.now(registry.clock().withZone(ZoneId.of("Europe/Amsterdam")));
    }

    @Test
    void anEditionIsInForceUntilTheNextEditionOfItsDocumentIsRegistered() throws Exception {
        try (RunningRegistry registry = start()) {
            FinalDocument document = FinalDocuments.createWith(registry, Map.of("maintenancePlan",
                    Map.of("maintainedBy", "patienten", "reviewIntervalMonths", 24)));
            RegisterDesk register = RegisterDesk.open(registry);
            register.register(submit(registry, document), "ZIN-1");
            JsonNode first = registry.anonymous().get(document.path() + "/editions").json().get("items").get(0);
            assertEquals("in-force", first.get("status").asText(), first.toString());
            assertTrue(first.get("statusChangedAt").isNull());
            assertEquals(today(registry).plusMonths(24).toString(), first.get("reviewDue").asText(),
                    "without reviewBy, the registration date plus the onderhoudsplan's interval");

            ApiClient author = document.author();
            assertEquals(200, author.post(document.path() + "/transitions", Map.of("action", "revise")).status());
            author.post(document.path() + "/validations", Map.of());
            String hash = author.post(document.path() + "/transitions", Map.of("action", "request-authorisation")).json()
                    .get("frozenContentHash").asText();
            for (ApiClient organisation : List.of(author, document.coAuthor())) {
                ApiResponse approved = organisation.post(document.path() + "/approvals", Map.of("decision", "approve", "contentHash", hash));
                assertEquals(201, approved.status(), approved.body());
            }
            register.register(submit(registry, document), "ZIN-2");

            JsonNode editions = registry.anonymous().get(document.path() + "/editions").json().get("items");
            assertEquals("superseded", editions.get(0).get("status").asText(), editions.toString());
            assertEquals(editions.get(1).get("registeredAt").asText(), editions.get(0).get("statusChangedAt").asText());
            assertEquals("in-force", editions.get(1).get("status").asText());
            assertEquals("superseded", registry.anonymous().get(document.path() + "/editions/1").json().get("status").asText());
        }
    }

    @Test
    void theRegisterWithdrawsAnEditionFromTheRegisterWithItsReason() throws Exception {
        try (RunningRegistry registry = start()) {
            FinalDocument document = FinalDocuments.create(registry);
            RegisterDesk register = RegisterDesk.open(registry);
            register.register(submit(registry, document), "ZIN-1");
            String withdrawal = document.path() + "/editions/1/withdrawal";

            for (ApiClient refused : List.of(registry.admin(), document.author())) {
                ApiResponse response = refused.post(withdrawal, Map.of("reason", "Verouderd."));
                assertEquals(403, response.status(), response.body());
                assertEquals("register-decides", response.json().get("rule").asText());
            }
            ApiResponse noReason = register.assessor().post(withdrawal, Map.of());
            assertEquals(400, noReason.status(), noReason.body());
            assertEquals("reason", noReason.json().get("field").asText());

            ApiResponse withdrawn = register.assessor().post(withdrawal, Map.of("reason", "De richtlijn is ingetrokken."));
            assertEquals(200, withdrawn.status(), withdrawn.body());
            JsonNode edition = registry.anonymous().get(document.path() + "/editions/1").json();
            assertEquals("withdrawn", edition.get("status").asText());
            assertEquals("De richtlijn is ingetrokken.", edition.get("withdrawalReason").asText());
            ApiResponse again = register.assessor().post(withdrawal, Map.of("reason", "Nogmaals."));
            assertEquals(409, again.status(), again.body());
            assertEquals("edition-not-in-force", again.json().get("rule").asText());
            assertEquals(List.of("edition.withdrawn"), events(registry, document, "edition.withdrawn"));
            assertEquals(404, register.assessor().post(document.path() + "/editions/2/withdrawal", Map.of("reason", "?")).status());
        }
    }

    @Test
    void anEditionExpiresOnceWhenItsReviewDateHasPassedAlsoAcrossARestart() throws Exception {
        try (RunningRegistry registry = start()) {
            LocalDate today = today(registry);
            FinalDocument soon = FinalDocuments.createWith(registry, Map.of("title", "Artrose", "reviewBy",
                    today.plusDays(10).toString(), "maintenancePlan", Map.of("maintainedBy", "patienten", "reviewIntervalMonths", 60)));
            FinalDocument later = FinalDocuments.createWith(registry, Map.of("title", "Heupartrose", "reviewBy",
                    today.plusDays(40).toString()));
            RegisterDesk register = RegisterDesk.open(registry);
            register.register(submit(registry, soon), "ZIN-1");
            register.register(submit(registry, later), "ZIN-2");
            ApiClient anyone = registry.anonymous();
            assertEquals(today.plusDays(10).toString(), anyone.get(soon.path() + "/editions/1").json().get("reviewDue").asText(),
                    "reviewBy, where the content names it");
            assertEquals(List.of(), ids(anyone.get("/api/v1/documents?overdue=review")));

            registry.clock().advance(Duration.ofDays(10));
            registry.restart();
            assertEquals("in-force", anyone.get(soon.path() + "/editions/1").json().get("status").asText(),
                    "a review date counts until it has passed");
            registry.clock().advance(Duration.ofDays(1));
            Eventually.until("the first edition expires",
                    () -> anyone.get(soon.path() + "/editions/1").json().get("status").asText().equals("expired"));
            assertEquals(List.of(soon.id()), ids(anyone.get("/api/v1/documents?overdue=review")));

            registry.restart();
            registry.clock().advance(Duration.ofDays(30));
            Eventually.until("the second edition expires, after a restart",
                    () -> anyone.get(later.path() + "/editions/1").json().get("status").asText().equals("expired"));
            assertEquals(List.of(later.id(), soon.id()), ids(anyone.get("/api/v1/documents?overdue=review")));
            assertEquals(List.of("edition.expired"), events(registry, soon, "edition.expired"), "each edition expires once");
            assertEquals(List.of("edition.expired"), events(registry, later, "edition.expired"));
        }
    }

    private static List<String> events(RunningRegistry registry, FinalDocument document, String type) {
        List<String> found = new ArrayList<>();
        registry.admin().get("/api/v1/events?document=" + document.id() + "&limit=200").json().get("items").forEach(event -> {
            if (event.get("type").asText().equals(type)) {
                found.add(event.get("type").asText());
            }
        });
        return found;
    }

    private static List<String> ids(ApiResponse list) {
        assertEquals(200, list.status(), list.body());
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
