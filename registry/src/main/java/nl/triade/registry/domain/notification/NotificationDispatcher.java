package nl.triade.registry.domain.notification;

import java.time.Instant;
import java.util.ArrayList;
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
 * Hands each subscription's pending deliveries to its channel, oldest first: a subscription's next
 * delivery waits until the one before it is delivered or refused for good, so a receiver sees its
 * events in order. A digest channel gets every due row of a subscription at once, as one
 * notification under the id of the first. A failed attempt puts back only that subscription's rows,
 * by {@link Backoff}, so a receiver that is down holds up nobody else. The outcome is recorded after
 * the channel answered, so a crash in between offers the same delivery id again. Whether the
 * organisation may still read each event's document is asked again just before each attempt; an
 * event it may no longer read is not sent. Called from one background thread.
 */
public final class NotificationDispatcher {
    static final String NO_LONGER_READABLE = "the organisation may no longer read the document of this event";
    private static final int HEADS = 50;
    private static final int ROUNDS = 20;
    /** Events in one digest; more wait for the next attempt, a moment later. */
    private static final int DIGEST_EVENTS = 200;
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

    /** The rows of one attempt: those to send, with their events, and those whose event the organisation may no longer read. */
    private record Batch(Subscription subscription, List<Delivery> readable, List<Outgoing.Notified> events,
                         List<Delivery> unreadable) {
    }

    /** Delivers what is due now: up to {@value #ROUNDS} attempts per subscription in one round. */
    public void runOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            List<Delivery> heads = transactions.read(store -> store.subscriptions().dueHeads(time.now(), HEADS));
            if (heads.isEmpty()) {
                return;
            }
            heads.forEach(this::attempt);
        }
    }

    private void attempt(Delivery head) {
        Optional<Batch> prepared = transactions.read(store -> prepare(store, head, time.now()));
        if (prepared.isEmpty()) {
            return;
        }
        Batch batch = prepared.get();
        NotifyResult result = batch.events().isEmpty() ? null : notifiers.deliver(new Outgoing(batch.readable().get(0),
                batch.subscription(), seal.open(batch.subscription().sealedSecret()), batch.events()));
        Instant now = time.now();
        transactions.write(store -> {
            batch.readable().forEach(delivery -> store.subscriptions().updateDelivery(after(delivery, result, now)));
            batch.unreadable().forEach(delivery -> store.subscriptions().updateDelivery(after(delivery,
                    new NotifyResult(NotifyResult.Outcome.PERMANENT_FAILURE, NO_LONGER_READABLE, null), now)));
            return null;
        });
    }

    /** What to send now; empty when the subscription is gone (its rows went with it). */
    private Optional<Batch> prepare(Store store, Delivery head, Instant now) {
        Optional<Subscription> subscription = store.subscriptions().find(head.subscriptionId());
        if (subscription.isEmpty()) {
            return Optional.empty();
        }
        List<Delivery> rows = notifiers.digestTime(subscription.get().terms().channel()).isPresent()
                ? store.subscriptions().dueOf(head.subscriptionId(), now, DIGEST_EVENTS) : List.of(head);
        Batch batch = new Batch(subscription.get(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Delivery row : rows) {
            List<Event> found = EventHistory.after(store, row.eventSeq() - 1, null, 1);
            Event event = found.isEmpty() ? null : found.get(0);
            if (event != null && SubscriptionMatch.stillReadable(subscription.get().organisation(), event,
                    event.document() == null ? Optional.empty() : DocumentLookup.find(store, event.document()))) {
                batch.readable().add(row);
                batch.events().add(new Outgoing.Notified(row.kind(), event));
            } else {
                batch.unreadable().add(row);
            }
        }
        return Optional.of(batch);
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
