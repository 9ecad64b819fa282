package nl.triade.registry.domain.notification;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.triade.registry.domain.audit.EventType;

/**
 * The kinds of events an organisation can subscribe to, each a set of audit {@link EventType}s. The
 * map is the contract README's "Notifications" section shows; an event type in no kind is never sent.
 */
public enum EventKind {
    /** A consultation (commentaarfase) opened: everyone may now comment. */
    CONSULTATION_OPENED(EventType.DOCUMENT_OPEN_CONSULTATION),
    /** A comment got its answer (a disposition with a rationale). */
    COMMENT_ANSWERED(EventType.COMMENT_RESOLVED),
    /** Authorisation was requested: the subscribing organisation, an author, must now approve or reject. */
    DECISION_NEEDED(EventType.DOCUMENT_REQUEST_AUTHORISATION),
    /** Something is past its date: a tijdpad, an agenda item's deadline, an edition's review date. */
    OVERDUE(EventType.TIMELINE_OVERDUE, EventType.AGENDA_ITEM_OVERDUE, EventType.EDITION_EXPIRED),
    /** The Register registered a document. */
    DOCUMENT_REGISTERED(EventType.DOCUMENT_REGISTERED);

    private final Set<EventType> types;

    EventKind(EventType first, EventType... more) {
        this.types = EnumSet.of(first, more);
    }

    public Set<EventType> types() {
        return types;
    }

    /** The kind an event of {@code type} is notified as, if any. */
    public static Optional<EventKind> of(EventType type) {
        return Arrays.stream(values()).filter(kind -> kind.types.contains(type)).findFirst();
    }
}
