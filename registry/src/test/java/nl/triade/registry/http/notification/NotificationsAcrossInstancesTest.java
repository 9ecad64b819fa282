package nl.triade.registry.http.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.ApiClient;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/**
 * Two instances of one registry on one database (issue 13): both run the notification round, and a
 * webhook still receives each event once. A subscription's deliveries go out in event order, so a
 * repeat of an earlier event would arrive before the last one.
 */
class NotificationsAcrossInstancesTest {
    private static final int ANSWERS = 12;

    @Test
    void aWebhookReceivesEachEventOnceWhileTwoInstancesDispatch() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             RunningRegistry first = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_WEBHOOK_ALLOW_PLAIN_HTTP", "true",
                     "TRIADE_PLUGIN_WEBHOOK_ALLOW_PRIVATE_ADDRESSES", "true", "TRIADE_SUBMISSION_POLL_MS", "20",
                     "TRIADE_RATE_LIMITS", "off"), "webhook");
             RunningRegistry second = first.secondInstance()) {
            Parties parties = new Parties(first);
            parties.organisation("schrijvers", "patient");
            String token = parties.token("schrijvers", "member");
            List<ApiClient> balanced = List.of(first.as(token), second.as(token));
            WebhookDeliveryTest.subscribe(parties.as("schrijvers", "org-admin"), "schrijvers", receiver.url("/a"),
                    Map.of("participating", true));
            String document = balanced.get(0).post("/api/v1/documents", Map.of("kind", "standard", "title", "Voetzorg"))
                    .json().get("id").asText();

            for (int i = 0; i < ANSWERS; i++) {
                ApiClient author = balanced.get(i % 2);
                WebhookDeliveryTest.answer(author, document, WebhookDeliveryTest.comment(author, document, "Opmerking " + i));
            }

            Eventually.until("every answer arrived", () -> seqs(receiver).stream().distinct().count() == ANSWERS);
            Map<Long, Long> times = seqs(receiver).stream().collect(Collectors.groupingBy(seq -> seq, Collectors.counting()));
            assertEquals(List.of(), times.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).sorted().toList(),
                    "events received more than once");
        }
    }

    private static List<Long> seqs(WebhookReceiver receiver) {
        return receiver.at("/a").stream().flatMap(received -> {
            List<Long> seqs = new ArrayList<>();
            received.json().get("events").forEach(event -> seqs.add(event.get("seq").asLong()));
            return seqs.stream();
        }).toList();
    }
}
