package nl.triade.registry.domain.notification;

/** Where a delivery stands. */
public enum DeliveryState {
    PENDING, DELIVERED, FAILED
}
