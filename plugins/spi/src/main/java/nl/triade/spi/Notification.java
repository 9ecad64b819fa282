package nl.triade.spi;

import java.util.List;
import java.util.Objects;

/**
 * One delivery to one subscription.
 *
 * @param deliveryId     stable across every attempt of this delivery: the receiver's key to drop repeats
 * @param subscriptionId the subscription it is for
 * @param organisation   the subscribing organisation
 * @param target         where the subscription sends to (a URL, mail addresses), as the org-admin gave it
 * @param secret         the subscription's secret, shown once to the org-admin when it subscribed, to sign
 *                       with (for example HMAC-SHA256); null for channels that sign nothing
 * @param events         the events, oldest first, each with the kind the subscription follows it as
 * @since SPI 1.8.0
 */
public record Notification(String deliveryId, String subscriptionId, String organisation, String target, String secret,
                           List<NotifiedEvent> events) {

    public Notification {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        events = List.copyOf(events);
    }

    /**
     * One event of a notification.
     *
     * @param kind  what the subscriber follows it as: {@code consultation-opened}, {@code comment-answered},
     *              {@code decision-needed}, {@code overdue} or {@code document-registered}
     * @param event the committed audit event
     */
    public record NotifiedEvent(String kind, EventSnapshot event) {
        public NotifiedEvent {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(event, "event");
        }
    }
}
