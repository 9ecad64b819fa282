package nl.triade.registry.domain.audit;

import java.util.List;
import java.util.Optional;
import nl.triade.registry.domain.Store;

/** Reading the chain back from inside another feature's transaction. */
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
}
