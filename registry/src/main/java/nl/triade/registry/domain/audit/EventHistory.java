package nl.triade.registry.domain.audit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.triade.registry.domain.Store;

/**
 * Reading the chain back from inside another feature's transaction, and following it there: a feed
 * that turns events into rows of its own advances its position in the same transaction as those rows.
 */
public final class EventHistory {
    private EventHistory() {
    }

    /** At most {@code limit} events after {@code afterSeq}, oldest first; of one document, or all when it is null. */
    public static List<Event> after(Store store, long afterSeq, String document, int limit) {
        return store.events().after(afterSeq, document, limit);
    }

    /** The earliest event of {@code type} about {@code document} whose data member {@code member} is {@code value}. */
    public static Optional<Event> first(Store store, String document, EventType type, String member, long value) {
        return store.events().first(document, type.wire(), member, value);
    }

    /** The seq of the last event the feed named {@code feed} has taken in; 0 for a feed never advanced. */
    public static long positionOf(Store store, String feed) {
        return store.listenerPositions().of(feed).orElse(0L);
    }

    /** The seq of the newest event; 0 while the log is empty. */
    public static long newest(Store store) {
        return store.events().head().seq();
    }

    /** The feed has taken in every event up to {@code seq}. */
    public static void advance(Store store, String feed, long seq) {
        store.listenerPositions().set(feed, seq);
    }

    /** Every event of {@code document} of one of {@code types}, oldest first. */
    public static List<Event> ofTypes(Store store, String document, Collection<EventType> types) {
        return store.events().ofTypes(document, types.stream().map(EventType::wire).toList());
    }
}
