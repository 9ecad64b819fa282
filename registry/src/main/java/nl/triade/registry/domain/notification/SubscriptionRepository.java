package nl.triade.registry.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Subscriptions and their outbox of deliveries. */
public interface SubscriptionRepository {
    void insert(Subscription subscription);

    Optional<Subscription> find(String id);

    /** The organisation's subscriptions, oldest first. */
    List<Subscription> of(String organisation);

    int countOf(String organisation);

    /** Every subscription, for matching; bounded by the organisations times their limit. */
    List<Subscription> all();

    /** Removes the subscription and its outbox rows. */
    void delete(String id);

    /** Adds a pending row; false when the subscription already has one for that event. */
    boolean insertDelivery(Delivery delivery);

    /** The first pending row of each subscription whose time has come, at most {@code limit}; later rows wait behind it. */
    List<Delivery> dueHeads(Instant now, int limit);

    /** The subscription's first pending row, if its time has come; empty when it has none or it waits (later rows wait behind it). */
    Optional<Delivery> dueHead(String subscriptionId, Instant now);

    /** The subscription's pending rows whose time has come, in event order, at most {@code limit}: one digest. */
    List<Delivery> dueOf(String subscriptionId, Instant now, int limit);

    void updateDelivery(Delivery delivery);

    DeliveryStatus status(String subscriptionId);
}
