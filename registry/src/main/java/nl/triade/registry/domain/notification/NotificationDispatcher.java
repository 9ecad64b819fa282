package nl.triade.registry.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.triade.registry.domain.Backoff;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.audit.EventHistory;
import nl.triade.registry.domain.document.DocumentLookup;

/**
 * Hands each subscription's pending deliveries to its channel, oldest first, one at a time: a
 * subscription's next delivery waits until the one before it is delivered or refused for good, so
 * a receiver sees its events in order. A failed attempt puts only that subscription's row back, by
 * {@link Backoff}, so a receiver that is down holds up nobody else. The outcome is recorded after
 * the channel answered, so a crash in between offers the same delivery id again. Whether the
 * organisation may still read the document is asked again just before each attempt. Called from
 * one background thread.
 */
public final class NotificationDispatcher {
    private static final int HEADS = 50;
    private static final int ROUNDS = 20;
    private final Transactions transactions;
    private final TimeSource time;
    private final Notifiers notifiers;
    private final SecretSeal seal;
    private final Backoff backoff;

    public NotificationDispatcher(Transactions transactions, TimeSource time, Notifiers notifiers, SecretSeal seal, Backoff backoff) {
        this.transactions = transactions;
        this.time = time;
        this.notifiers = notifiers;
        this.seal = seal;
        this.backoff = backoff;
    }

    /** Delivers what is due now: up to {@value #ROUNDS} deliveries per subscription in one round. */
    public void runOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            List<Delivery> heads = transactions.read(store -> store.subscriptions().dueHeads(time.now(), HEADS));
            if (heads.isEmpty()) {
                return;
            }
            heads.forEach(this::attempt);
        }
    }

    private void attempt(Delivery delivery) {
        Optional<Optional<Outgoing>> prepared = transactions.read(store -> prepare(store, delivery));
        if (prepared.isEmpty()) {
            return;
        }
        NotifyResult result = prepared.get().map(notifiers::deliver).orElse(new NotifyResult(NotifyResult.Outcome.PERMANENT_FAILURE,
                "the organisation may no longer read the document of this event", null));
        transactions.write(store -> {
            store.subscriptions().updateDelivery(after(delivery, result, time.now()));
            return null;
        });
    }

    /**
     * What to send: empty when the subscription is gone (nothing to do); an empty outgoing when the
     * organisation may no longer read the event's document (refused, without calling the channel).
     */
    private Optional<Optional<Outgoing>> prepare(Store store, Delivery delivery) {
        Optional<Subscription> subscription = store.subscriptions().find(delivery.subscriptionId());
        List<Event> found = EventHistory.after(store, delivery.eventSeq() - 1, null, 1);
        if (subscription.isEmpty() || found.isEmpty()) {
            return Optional.empty();
        }
        Event event = found.get(0);
        if (!SubscriptionMatch.stillReadable(subscription.get().organisation(), event,
                event.document() == null ? Optional.empty() : DocumentLookup.find(store, event.document()))) {
            return Optional.of(Optional.empty());
        }
        return Optional.of(Optional.of(new Outgoing(delivery, subscription.get(), seal.open(subscription.get().sealedSecret()),
                List.of(new Outgoing.Notified(delivery.kind(), event)))));
    }

    private Delivery after(Delivery delivery, NotifyResult result, Instant now) {
        int attempts = delivery.attempts() + 1;
        return switch (result.outcome()) {
            case DELIVERED -> new Delivery(delivery.id(), delivery.subscriptionId(), delivery.eventSeq(), delivery.kind(),
                    DeliveryState.DELIVERED, attempts, now, null);
            case PERMANENT_FAILURE -> new Delivery(delivery.id(), delivery.subscriptionId(), delivery.eventSeq(), delivery.kind(),
                    DeliveryState.FAILED, attempts, now, result.reason());
            case RETRY -> new Delivery(delivery.id(), delivery.subscriptionId(), delivery.eventSeq(), delivery.kind(),
                    DeliveryState.PENDING, attempts, now.plus(backoff.after(attempts, result.retryAfter())), result.reason());
        };
    }

}
