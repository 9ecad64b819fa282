package nl.triade.registry.http.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.triade.registry.http.Consultations;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.ApiResponse;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/**
 * The webhook channel end to end: subscriptions made over HTTP, events made over HTTP, a receiver
 * started in the test that drops nothing, so a repeat would show. Whether something did not arrive
 * is read behind a barrier: a later event the same subscription follows, which arrives after
 * anything before it (a subscription's deliveries go out in event order).
 */
class WebhookDeliveryTest {
    private static final List<String> KINDS = List.of("comment-answered", "consultation-opened");
    private static final String ANSWERED = "comment.resolved";
    private static final String OPENED = "document.open-consultation";

    /** The webhook plugin allowed to send to this machine; retries back off a minute of the registry's clock at first. */
    private static RunningRegistry registry() {
        return RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_WEBHOOK_ALLOW_PLAIN_HTTP", "true",
                "TRIADE_PLUGIN_WEBHOOK_ALLOW_PRIVATE_ADDRESSES", "true", "TRIADE_SUBMISSION_POLL_MS", "50",
                "TRIADE_SUBMISSION_BACKOFF_MS", "60000", "TRIADE_RATE_LIMITS", "off"), "webhook");
    }

    @Test
    void eachSubscribedEventArrivesOncePerSubscriptionSignedAndADraftsEventsOnlyAtItsParticipants() throws Exception {
        try (RunningRegistry registry = registry(); WebhookReceiver receiver = new WebhookReceiver()) {
            Parties parties = new Parties(registry);
            parties.organisation("schrijvers", "patient");
            parties.organisation("kijkers", "insurer");
            ApiClient author = parties.as("schrijvers", "member");
            String byParticipation = subscribe(parties.as("schrijvers", "org-admin"), "schrijvers", receiver.url("/a"),
                    Map.of("participating", true));
            String byCondition = subscribe(registry.admin(), "schrijvers", receiver.url("/c"), Map.of("conditions", List.of("voetzorg")));
            String outsider = subscribe(parties.as("kijkers", "org-admin"), "kijkers", receiver.url("/b"),
                    Map.of("conditions", List.of("Voetzorg")));

            String document = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Voetzorg",
                    "condition", "Voetzorg")).json().get("id").asText();
            answer(author, document, comment(author, document, "In het concept"));
            Eventually.until("the authors heard of the draft's answer", () -> receiver.at("/a").size() == 1 && receiver.at("/c").size() == 1);
            ApiResponse opened = parties.as("schrijvers", "org-admin").post("/api/v1/documents/" + document + "/transitions",
                    Consultations.opening(registry));
            assertEquals(200, opened.status(), opened.body());
            answer(author, document, comment(parties.as("kijkers", "member"), document, "Uit de raadpleging"));
            Eventually.until("every subscription heard the last answer", () -> List.of("/a", "/b", "/c").stream()
                    .allMatch(path -> !receiver.at(path).isEmpty() && lastType(receiver.at(path)).equals(ANSWERED)
                            && receiver.at(path).size() > 1));

            assertEquals(List.of(ANSWERED, OPENED, ANSWERED), types(receiver.at("/a")));
            assertEquals(List.of(ANSWERED, OPENED, ANSWERED), types(receiver.at("/c")));
            assertEquals(List.of(OPENED, ANSWERED), types(receiver.at("/b")), "the draft's answer stays with its participants");
            assertSigned(receiver.at("/a"), byParticipation, registry);
            assertSigned(receiver.at("/c"), byCondition, registry);
            assertSigned(receiver.at("/b"), outsider, registry);
            assertEquals(receiver.at("/a").get(1).json().get("events").get(0).get("seq"),
                    receiver.at("/b").get(0).json().get("events").get(0).get("seq"), "the same event, once to each subscription");
            JsonNode event = receiver.at("/b").get(0).json().get("events").get(0);
            assertEquals("consultation-opened", event.get("kind").asText());
            assertEquals(document, event.get("document").asText());
        }
    }

    /**
     * With no subscription anywhere the feed moves past every event without reading them; a
     * subscription made afterwards hears what happens from then on, and nothing from before it.
     */
    @Test
    void eventsFromBeforeTheFirstSubscriptionAreNeverSent() throws Exception {
        try (RunningRegistry registry = registry(); WebhookReceiver receiver = new WebhookReceiver()) {
            Parties parties = new Parties(registry);
            parties.organisation("schrijvers", "patient");
            ApiClient author = parties.as("schrijvers", "member");
            String document = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Valpreventie"))
                    .json().get("id").asText();
            answer(author, document, comment(author, document, "Voor het volgen"));
            long answeredBefore = registry.admin().get("/api/v1/events?document=" + document).json().get("items").findValuesAsText("seq")
                    .stream().mapToLong(Long::parseLong).max().orElseThrow();
            Eventually.until("the feed passed the answer while nobody followed anything",
                    () -> notificationFeedPosition(registry) >= answeredBefore);

            subscribe(parties.as("schrijvers", "org-admin"), "schrijvers", receiver.url("/a"), Map.of("participating", true));
            answer(author, document, comment(author, document, "Na het volgen"));
            Eventually.until("the subscription heard the later answer", () -> !receiver.at("/a").isEmpty());

            assertEquals(List.of(ANSWERED), types(receiver.at("/a")), "only the answer after the subscription");
            assertTrue(receiver.at("/a").get(0).json().get("events").get(0).get("seq").asLong() > answeredBefore);
        }
    }

    /** How far the notification feed has taken in the audit chain, as stored (0 before it first moved). */
    private static long notificationFeedPosition(RunningRegistry registry) {
        try (Connection connection = DriverManager.getConnection(registry.jdbcUrl());
             PreparedStatement position = connection.prepareStatement("SELECT after_seq FROM listener_positions WHERE listener = ?")) {
            position.setString(1, "notifications");
            try (ResultSet row = position.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the feed's position", e);
        }
    }

    /** Acceptance: a receiver down for a while gets everything afterwards, in order and once; another receiver is not held up. */
    @Test
    void aReceiverThatWasDownGetsEveryEventInOrderOnceAndHoldsUpNobodyElse() throws Exception {
        try (RunningRegistry registry = registry(); WebhookReceiver down = new WebhookReceiver();
             WebhookReceiver up = new WebhookReceiver()) {
            Parties parties = new Parties(registry);
            parties.organisation("wachters", "patient");
            ApiClient steward = parties.as("wachters", "org-admin");
            ApiClient author = parties.as("wachters", "member");
            Map<String, Object> participating = Map.of("participating", true);
            String waiting = subscribe(steward, "wachters", down.url("/d"), participating).split(" ")[0];
            subscribe(steward, "wachters", up.url("/e"), participating);
            String document = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Wachten")).json()
                    .get("id").asText();

            down.stop();
            for (int i = 1; i <= 3; i++) {
                answer(author, document, comment(author, document, "Opmerking " + i));
            }
            Eventually.until("the receiver that is up heard all three", () -> up.at("/e").size() == 3);
            JsonNode status = Eventually.found("the failed attempt is shown", () -> {
                JsonNode deliveries = steward.get("/api/v1/organisations/wachters/subscriptions/" + waiting).json().get("deliveries");
                return deliveries.get("lastError").isNull() ? Optional.empty() : Optional.of(deliveries);
            });
            assertEquals(3, status.get("pending").asInt(), status.toString());
            assertFalse(status.get("nextAttemptAt").isNull(), status.toString());

            registry.restart();
            down.start();
            Eventually.until("the receiver that was down heard all three", () -> {
                registry.clock().advance(Duration.ofMinutes(10));
                return down.at("/d").size() >= 3;
            });
            answer(author, document, comment(author, document, "Daarna"));
            Eventually.until("the receiver heard the one after", () -> down.at("/d").size() >= 4);

            List<WebhookReceiver.Received> received = down.at("/d");
            assertEquals(4, received.size(), "nothing twice: " + received);
            assertEquals(4, new HashSet<>(received.stream().map(WebhookReceiver.Received::deliveryId).toList()).size());
            List<Long> seqs = new ArrayList<>();
            received.forEach(one -> seqs.add(one.json().get("events").get(0).get("seq").asLong()));
            assertEquals(seqs.stream().sorted().toList(), seqs, "in event order");
            List<Long> upSeqs = new ArrayList<>();
            up.at("/e").forEach(one -> upSeqs.add(one.json().get("events").get(0).get("seq").asLong()));
            assertEquals(upSeqs.subList(0, 3), seqs.subList(0, 3), "the same events");
            // recorded once the receiver answered, a moment after it arrived
            Eventually.until("all four count as delivered", () -> {
                JsonNode after = steward.get("/api/v1/organisations/wachters/subscriptions/" + waiting).json().get("deliveries");
                return after.get("pending").asInt() == 0 && after.get("delivered").asInt() == 4;
            });
        }
    }

    /**
     * One subscription's slow receiver delays nobody else: while a receiver holds its request open (the
     * registry still waiting for its answer, well within the plugin's time limit), another organisation's
     * event is delivered to its own receiver. The held delivery, answered just before a restart, is
     * recorded and not offered again.
     */
    @Test
    void aReceiverThatHoldsItsRequestOpenDelaysNoOtherSubscription() throws Exception {
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_WEBHOOK_ALLOW_PLAIN_HTTP", "true",
                "TRIADE_PLUGIN_WEBHOOK_ALLOW_PRIVATE_ADDRESSES", "true", "TRIADE_SUBMISSION_POLL_MS", "50",
                "TRIADE_PLUGIN_TIMEOUT_MS", "120000", "TRIADE_RATE_LIMITS", "off"), "webhook");
             WebhookReceiver slow = new WebhookReceiver(); WebhookReceiver quick = new WebhookReceiver()) {
            WebhookReceiver.Hold held = slow.hold("/traag");
            Parties parties = new Parties(registry);
            parties.organisation("traag", "patient");
            parties.organisation("vlot", "provider");
            ApiClient slowSteward = parties.as("traag", "org-admin");
            String slowSubscription = subscribe(slowSteward, "traag", slow.url("/traag"), Map.of("participating", true))
                    .split(" ")[0];
            subscribe(parties.as("vlot", "org-admin"), "vlot", quick.url("/vlot"), Map.of("participating", true));
            ApiClient slowAuthor = parties.as("traag", "member");
            String slowDocument = documentWith(slowAuthor, Map.of());
            answer(slowAuthor, slowDocument, comment(slowAuthor, slowDocument, "Voor de trage ontvanger"));
            Eventually.until("the slow receiver holds its request", held::arrived);

            ApiClient quickAuthor = parties.as("vlot", "member");
            String quickDocument = documentWith(quickAuthor, Map.of());
            answer(quickAuthor, quickDocument, comment(quickAuthor, quickDocument, "Voor de vlotte ontvanger"));
            Eventually.until("the quick receiver heard its answer while the slow one is held", () -> quick.at("/vlot").size() == 1);
            String path = "/api/v1/organisations/traag/subscriptions/" + slowSubscription;
            JsonNode waiting = slowSteward.get(path).json().get("deliveries");
            assertEquals(1, waiting.get("pending").asInt(), waiting.toString());
            assertTrue(waiting.get("lastError").isNull(), "the held attempt has not ended: " + waiting);

            // a restart as soon as it is answered: the attempt ends and is recorded first, so it is not offered again
            held.release();
            registry.restart();
            answer(slowAuthor, slowDocument, comment(slowAuthor, slowDocument, "Na de herstart"));
            Eventually.until("the slow receiver heard the answer after the restart", () -> slow.at("/traag").size() >= 2);
            Eventually.until("both count as delivered", () -> {
                JsonNode after = slowSteward.get(path).json().get("deliveries");
                return after.get("pending").asInt() == 0 && after.get("delivered").asInt() == 2;
            });
            List<WebhookReceiver.Received> received = slow.at("/traag");
            assertEquals(2, received.size(), "nothing twice: " + received);
            assertEquals(2, new HashSet<>(received.stream().map(WebhookReceiver.Received::deliveryId).toList()).size());
            assertEquals(quickDocument, quick.at("/vlot").get(0).json().get("events").get(0).get("document").asText());
        }
    }

    /** A decision waits for every author organisation, whatever its subscription follows; a commenter is not asked. */
    @Test
    void aDecisionNeededReachesTheAuthorsAndNotACommenter() throws Exception {
        try (RunningRegistry registry = registry(); WebhookReceiver receiver = new WebhookReceiver()) {
            Parties parties = new Parties(registry);
            parties.organisation("hart", "patient");
            parties.organisation("cardio", "provider");
            parties.organisation("kas", "insurer");
            parties.organisation("huisarts", "provider");
            ApiClient author = parties.as("hart", "member");
            ApiResponse onlyDecisions = parties.as("cardio", "org-admin").post("/api/v1/organisations/cardio/subscriptions",
                    Map.of("channel", "webhook", "target", receiver.url("/cardio"), "kinds", List.of("decision-needed"),
                            "follows", Map.of("participating", false)));
            assertEquals(201, onlyDecisions.status(), onlyDecisions.body());
            subscribe(parties.as("huisarts", "org-admin"), "huisarts", receiver.url("/huisarts"), Map.of("participating", true));
            String document = documentWith(author, Map.of("cardio", "author", "kas", "author", "huisarts", "commenter"));
            assertEquals(201, author.post("/api/v1/documents/" + document + "/validations", Map.of()).status());
            ApiResponse requested = parties.as("hart", "org-admin").post("/api/v1/documents/" + document + "/transitions",
                    Map.of("action", "request-authorisation"));
            assertEquals(200, requested.status(), requested.body());
            // the barrier: a later event the commenter follows
            String later = documentWith(author, Map.of("huisarts", "commenter"));
            assertEquals(200, parties.as("hart", "org-admin").post("/api/v1/documents/" + later + "/transitions",
                    Consultations.opening(registry)).status());
            Eventually.until("the commenter heard of the later consultation", () -> !receiver.at("/huisarts").isEmpty());
            Eventually.until("the author heard the decision is needed", () -> !receiver.at("/cardio").isEmpty());

            assertEquals(List.of(OPENED), types(receiver.at("/huisarts")));
            assertEquals(List.of("document.request-authorisation"), types(receiver.at("/cardio")));
            assertEquals("decision-needed", receiver.at("/cardio").get(0).json().get("events").get(0).get("kind").asText());
        }
    }

    /** Read rights are asked again before each attempt: an organisation removed from a draft meanwhile is not told of it. */
    @Test
    void aDeliveryWaitingWhenTheOrganisationLostSightOfTheDraftIsNotSent() throws Exception {
        try (RunningRegistry registry = registry(); WebhookReceiver receiver = new WebhookReceiver()) {
            Parties parties = new Parties(registry);
            parties.organisation("eigen", "patient");
            parties.organisation("gast", "provider");
            ApiClient author = parties.as("eigen", "member");
            String subscription = subscribe(parties.as("gast", "org-admin"), "gast", receiver.url("/gast"),
                    Map.of("participating", true)).split(" ")[0];
            receiver.stop();
            String draft = documentWith(author, Map.of("gast", "commenter"));
            answer(author, draft, comment(author, draft, "Nog geheim"));
            String path = "/api/v1/organisations/gast/subscriptions/" + subscription;
            Eventually.until("the first attempt failed", () -> !parties.as("gast", "org-admin").get(path).json()
                    .get("deliveries").get("lastError").isNull());
            // an organisation leaves a document only by its own org-admin
            ApiClient guest = parties.as("gast", "org-admin");
            String etag = guest.get("/api/v1/documents/" + draft).etag();
            ApiResponse left = guest.delete("/api/v1/documents/" + draft + "/participants/gast", "If-Match", etag);
            assertEquals(204, left.status(), left.body());
            String shared = documentWith(author, Map.of("gast", "commenter"));
            answer(author, shared, comment(author, shared, "Gedeeld"));

            receiver.start();
            Eventually.until("the later answer arrived", () -> {
                registry.clock().advance(Duration.ofMinutes(10));
                return !receiver.at("/gast").isEmpty();
            });
            assertEquals(1, receiver.at("/gast").size(), receiver.at("/gast").toString());
            assertEquals(shared, receiver.at("/gast").get(0).json().get("events").get(0).get("document").asText());
            JsonNode deliveries = parties.as("gast", "org-admin").get(path).json().get("deliveries");
            assertEquals(1, deliveries.get("failed").asInt(), deliveries.toString());
            assertTrue(deliveries.get("lastError").asText().contains("no longer read"), deliveries.toString());
        }
    }

    /** A draft standard of the author's organisation with these participants (organisation to role). */
    private static String documentWith(ApiClient author, Map<String, String> participants) {
        String id = author.post("/api/v1/documents", Map.of("kind", "standard", "title", "Met anderen")).json().get("id").asText();
        participants.forEach((organisation, role) -> {
            String etag = author.get("/api/v1/documents/" + id).etag();
            ApiResponse set = author.put("/api/v1/documents/" + id + "/participants/" + organisation, Map.of("role", role),
                    "If-Match", etag);
            assertEquals(2, set.status() / 100, set.body());
        });
        return id;
    }

    /** The new subscription's id and secret, separated by a space. */
    static String subscribe(ApiClient client, String organisation, String target, Map<String, Object> follows) {
        ApiResponse created = client.post("/api/v1/organisations/" + organisation + "/subscriptions", Map.of("channel", "webhook",
                "target", target, "kinds", KINDS, "follows", follows));
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asText() + " " + created.json().get("secret").asText();
    }

    static String comment(ApiClient client, String document, String body) {
        ApiResponse created = client.post("/api/v1/documents/" + document + "/comments", Map.of("body", body));
        assertEquals(201, created.status(), created.body());
        return created.json().get("id").asText();
    }

    static void answer(ApiClient author, String document, String comment) {
        ApiResponse answered = author.patch("/api/v1/documents/" + document + "/comments/" + comment, Map.of("status", "resolved",
                "disposition", "accepted", "rationale", "Verwerkt."));
        assertEquals(200, answered.status(), answered.body());
    }

    private static List<String> types(List<WebhookReceiver.Received> received) {
        return received.stream().flatMap(one -> one.types().stream()).toList();
    }

    private static String lastType(List<WebhookReceiver.Received> received) {
        List<String> types = types(received);
        return types.get(types.size() - 1);
    }

    /** Every request names its subscription and carries a valid signature of the body, made with the registry's time. */
    private static void assertSigned(List<WebhookReceiver.Received> received, String subscription, RunningRegistry registry) {
        String id = subscription.split(" ")[0];
        String secret = subscription.split(" ")[1];
        for (WebhookReceiver.Received one : received) {
            assertEquals(id, one.json().get("subscription").asText());
            assertEquals(one.deliveryId(), one.json().get("deliveryId").asText());
            String[] parts = one.signature().split(",");
            String t = parts[0].substring("t=".length());
            assertEquals("v1=" + hmac(secret, t + "." + one.body()), parts[1], one.signature());
            long age = registry.clock().instant().getEpochSecond() - Long.parseLong(t);
            assertTrue(age >= 0 && age < 300, "signed " + age + " s ago");
        }
        assertEquals(received.size(), new HashSet<>(received.stream().map(WebhookReceiver.Received::deliveryId).toList()).size());
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
