package nl.triade.registry.domain.notification;

import java.time.Instant;

/**
 * One outbox row: event {@code eventSeq}, notified as {@code kind}, for one subscription. Its
 * {@code id} is the delivery id the receiver sees on every attempt. {@code state} is {@code pending}
 * until the channel confirms it ({@code delivered}) or refuses it for good ({@code failed}).
 */
public record Delivery(String id, String subscriptionId, long eventSeq, EventKind kind, DeliveryState state, int attempts,
                       Instant dueAt, String lastError) {
}
