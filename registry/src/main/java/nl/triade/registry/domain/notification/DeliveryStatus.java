package nl.triade.registry.domain.notification;

import java.time.Instant;

/**
 * How a subscription's deliveries fare, for its organisation: how many wait, when the last one
 * arrived, and the last failure with the time of the next attempt while one is being retried.
 */
public record DeliveryStatus(int pending, int delivered, int failed, Instant lastDeliveredAt, String lastError, Instant nextAttemptAt) {
}
