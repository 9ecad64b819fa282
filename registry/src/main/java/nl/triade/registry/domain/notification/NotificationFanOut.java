package nl.triade.registry.domain.notification;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.triade.registry.domain.Ids;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.audit.EventHistory;
import nl.triade.registry.domain.audit.EventSubscriptions;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentLookup;

/**
 * Follows the audit log in chain order and writes one pending delivery per subscription that
 * matches an event, in the same transaction that advances its position: an event is either taken
 * in with all its deliveries or not at all, so a stop neither loses nor doubles one. Nothing here
 * waits on a receiver; the {@link NotificationDispatcher} does that, per subscription. A row for a
 * digest channel is due at that channel's next digest time, so the stored rows are the digest. Called from
 * one background thread.
 */
public final class NotificationFanOut {
    static final String FEED = "notifications";
    private static final int BATCH = 200;
    private final Transactions transactions;
    private final TimeSource time;
    private final Notifiers notifiers;
    private final EventSubscriptions positions;

    public NotificationFanOut(Transactions transactions, EventSubscriptions positions, TimeSource time, Notifiers notifiers) {
        this.transactions = transactions;
        this.time = time;
        this.notifiers = notifiers;
        this.positions = positions;
    }

    /**
     * Takes its place in the log, once the start has written what it writes before serving: at the first start the
     * feed begins at the end of the log, since there are no subscriptions before then. Before the first round.
     */
    public void subscribe() {
        positions.subscribe(FEED);
    }

    /** Takes in every event committed so far, a batch per transaction; how many deliveries it wrote. */
    public int runOnce() {
        // asked in a read first, so a quiet registry does not take the write lock every round
        if (transactions.read(store -> EventHistory.after(store, EventHistory.positionOf(store, FEED), null, 1).isEmpty())) {
            return 0;
        }
        int written = 0;
        int taken;
        do {
            int[] batch = transactions.write(this::takeIn);
            taken = batch[0];
            written += batch[1];
        } while (taken == BATCH);
        return written;
    }

    /** One batch: the events taken in and the deliveries written. */
    private int[] takeIn(Store store) {
        long position = EventHistory.positionOf(store, FEED);
        List<Subscription> subscriptions = store.subscriptions().all();
        if (subscriptions.isEmpty()) {
            // no event can match: the feed moves to the head without reading one, which on a busy registry
            // would be a read of every event on the single writer
            long head = EventHistory.newest(store);
            if (head > position) {
                EventHistory.advance(store, FEED, head);
            }
            return new int[] {0, 0};
        }
        List<Event> events = EventHistory.after(store, position, null, BATCH);
        if (events.isEmpty()) {
            return new int[] {0, 0};
        }
        Map<String, Optional<Document>> documents = new HashMap<>();
        Instant now = time.now();
        int written = 0;
        for (Event event : events) {
            Optional<EventKind> kind = EventType.of(event.type()).flatMap(EventKind::of);
            if (kind.isEmpty()) {
                continue;
            }
            Optional<Document> document = event.document() == null ? Optional.empty()
                    : documents.computeIfAbsent(event.document(), id -> DocumentLookup.find(store, id));
            for (Subscription subscription : subscriptions) {
                if (SubscriptionMatch.matches(subscription, kind.get(), event, document)
                        && store.subscriptions().insertDelivery(new Delivery(Ids.next("dlv"), subscription.id(), event.seq(),
                                kind.get(), DeliveryState.PENDING, 0, dueAt(subscription, now), null))) {
                    written++;
                }
            }
        }
        EventHistory.advance(store, FEED, events.get(events.size() - 1).seq());
        return new int[] {events.size(), written};
    }

    /** At once, or, for a digest channel, at its next digest time. */
    private Instant dueAt(Subscription subscription, Instant now) {
        return notifiers.digestTime(subscription.terms().channel()).map(at -> DigestTimes.next(now, at)).orElse(now);
    }
}
