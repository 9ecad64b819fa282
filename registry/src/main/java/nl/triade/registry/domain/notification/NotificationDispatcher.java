package nl.triade.registry.domain.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
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
 * event it may no longer read is not sent.
 *
 * <p>Subscriptions are served side by side, each by one task on the {@code attempts} pool, at most
 * {@value #PARALLEL} at a time: a receiver that holds its request open to the end of the channel's
 * time limit keeps one task busy, never the others nor the round that starts them. A subscription
 * has at most one task, which goes on with its next due delivery (up to {@value #ROUNDS} in a row) and
 * so keeps its order. Once the pool is shut down a task ends after its current attempt, recorded, so
 * a restart offers again only what was not answered.
 */
public final class NotificationDispatcher {
    /** Subscriptions served at the same time: as many as a plugin has threads for its calls. */
    public static final int PARALLEL = 4;
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
    private final ExecutorService attempts;
    private final Semaphore free = new Semaphore(PARALLEL);
    /** The subscriptions that have a task, queued or running. */
    private final Set<String> served = ConcurrentHashMap.newKeySet();

    /** {@code attempts} runs the tasks; it needs {@value #PARALLEL} threads, and its owner shuts it down. */
    public NotificationDispatcher(Transactions transactions, TimeSource time, Notifiers notifiers, SecretSeal seal, Backoff backoff,
                                  ExecutorService attempts) {
        this.transactions = transactions;
        this.time = time;
        this.notifiers = notifiers;
        this.seal = seal;
        this.backoff = backoff;
        this.attempts = attempts;
    }

    /** The rows of one attempt: those to send, with their events, and those whose event the organisation may no longer read. */
    private record Batch(Subscription subscription, List<Delivery> readable, List<Outgoing.Notified> events,
                         List<Delivery> unreadable) {
    }

    /** Starts a task for each subscription with a due delivery and none yet, as long as fewer than {@value #PARALLEL} run; returns at once. */
    public void runOnce() {
        List<Delivery> heads = transactions.read(store -> store.subscriptions().dueHeads(time.now(), HEADS));
        for (Delivery head : heads) {
            if (served.contains(head.subscriptionId())) {
                continue;
            }
            if (!free.tryAcquire()) {
                return;
            }
            served.add(head.subscriptionId());
            try {
                attempts.execute(() -> serve(head.subscriptionId()));
            } catch (RejectedExecutionException e) {
                done(head.subscriptionId());
                return;
            }
        }
    }

    /**
     * One subscription's task: its due deliveries in order, until one is put back, none is due, or the
     * pool shuts down. Each head is read afresh: the one the round saw may have gone out meanwhile, by
     * the task that just ended.
     */
    private void serve(String subscriptionId) {
        try {
            for (int round = 0; round < ROUNDS && !attempts.isShutdown(); round++) {
                Optional<Delivery> head = transactions.read(store -> store.subscriptions().dueHead(subscriptionId, time.now()));
                if (head.isEmpty() || !attempt(head.get())) {
                    return;
                }
            }
        } finally {
            done(subscriptionId);
        }
    }

    private void done(String subscriptionId) {
        served.remove(subscriptionId);
        free.release();
    }

    /** One attempt, recorded; whether the subscription may go on with its next delivery at once. */
    private boolean attempt(Delivery head) {
        Optional<Batch> prepared = transactions.read(store -> prepare(store, head, time.now()));
        if (prepared.isEmpty()) {
            return false;
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
        return result == null || result.outcome() != NotifyResult.Outcome.RETRY;
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
