package nl.triade.registry.domain.audit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored audit log. Append-only: there is deliberately no update or delete. */
public interface EventLog {
    Optional<Event> last();

    /** The newest event's sequence number and hash, without the rest of it ({@link ChainHead#GENESIS} if none): what every new event needs. */
    default ChainHead head() {
        return last().map(event -> new ChainHead(event.seq(), event.hash())).orElse(ChainHead.GENESIS);
    }

    void append(Event event);

    /** Events with {@code seq > after}, ascending, optionally only those of one document. */
    List<Event> after(long after, String document, int limit);

    /** The earliest event of {@code type} about {@code document} whose data member {@code member} is the number {@code value}. */
    Optional<Event> first(String document, String type, String member, long value);

    /** The events of {@code document} whose type is one of {@code types}, ascending. */
    List<Event> ofTypes(String document, Collection<String> types);
}
