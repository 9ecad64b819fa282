package nl.triade.registry.domain.notification;

import java.util.List;
import nl.triade.registry.domain.audit.Event;

/** What one delivery attempt hands a channel: the delivery, its subscription with the opened secret, and the events. */
public record Outgoing(Delivery delivery, Subscription subscription, String secret, List<Notified> events) {

    /** One event with the kind the subscription follows it as. */
    public record Notified(EventKind kind, Event event) {
    }

    public Outgoing {
        events = List.copyOf(events);
    }
}
