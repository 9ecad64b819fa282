package nl.triade.plugins.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.triade.spi.EventSnapshot;
import nl.triade.spi.Notification;

/**
 * The JSON a receiver gets: {@code deliveryId}, {@code subscription}, {@code organisation} and
 * {@code events}, each with its {@code kind} and the audit event's {@code seq}, {@code at},
 * {@code type}, {@code document}, {@code organisation}, {@code actor}, {@code data} and {@code hash}.
 * The member names are written out here, so a rename in the SPI changes nothing a receiver parses.
 */
final class WebhookBody {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private WebhookBody() {
    }

    static String of(Notification notification) {
        ObjectNode body = JSON.createObjectNode();
        body.put("deliveryId", notification.deliveryId());
        body.put("subscription", notification.subscriptionId());
        body.put("organisation", notification.organisation());
        ArrayNode events = body.putArray("events");
        for (Notification.NotifiedEvent notified : notification.events()) {
            EventSnapshot event = notified.event();
            ObjectNode item = events.addObject();
            item.put("kind", notified.kind());
            item.put("seq", event.seq());
            item.put("at", event.at().toString());
            item.put("type", event.type());
            item.put("document", event.document());
            item.put("organisation", event.organisation());
            item.put("actor", event.actor());
            item.set("data", JSON.valueToTree(event.data()));
            item.put("hash", event.hash());
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification is plain JSON values", e);
        }
    }
}
