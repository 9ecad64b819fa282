package nl.triade.registry.domain.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.Transactions;

/**
 * Where each subscriber to the audit log stands: the events it has not yet accepted, and its
 * position once it accepts one. Subscribers are named by a stable key chosen by the caller (the
 * plugin host keys event listener extensions). Positions are stored, so a stop loses nothing.
 */
public final class EventSubscriptions {
    private final Transactions transactions;

    public EventSubscriptions(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * A subscriber seen for the first time starts at the end of the log as it stands now; a known one keeps its
     * position. Looked for in a read first: every start subscribes again, and only a first subscription has anything
     * to write, so a restart takes no write lock (on PostgreSQL that waits for the writer's mark to settle,
     * {@code WriterPresence}, and for other instances' writes).
     */
    public void subscribe(String subscriber) {
        if (transactions.read(store -> store.listenerPositions().of(subscriber).isPresent())) {
            return;
        }
        transactions.write(store -> {
            if (store.listenerPositions().of(subscriber).isEmpty()) {
                store.listenerPositions().set(subscriber, store.events().head().seq());
            }
            return null;
        });
    }

    /** Up to {@code limit} events after the subscriber's position, in chain order. */
    public List<Event> pending(String subscriber, int limit) {
        return transactions.read(store -> store.events().after(store.listenerPositions().of(subscriber).orElse(0L), null, limit));
    }

    /**
     * How many events each subscriber is behind the head of the chain, in one read: the last seq
     * less its position (a subscriber never fed counts from the start). Positions are stored, so every
     * instance on one database reads the same.
     */
    public Map<String, Long> behind(Collection<String> subscribers) {
        return transactions.read(store -> {
            long head = store.events().head().seq();
            Map<String, Long> behind = new LinkedHashMap<>();
            subscribers.forEach(subscriber -> behind.put(subscriber, head - store.listenerPositions().of(subscriber).orElse(0L)));
            return behind;
        });
    }

    /** The subscriber has accepted the event {@code seq}: it is not offered again. */
    public void accepted(String subscriber, long seq) {
        transactions.write(store -> {
            store.listenerPositions().set(subscriber, seq);
            return null;
        });
    }
}
