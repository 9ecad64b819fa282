package nl.triade.registry.domain.audit;

import java.time.Instant;
import java.util.Map;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.actor.Caller;

/**
 * Appends events to the chain, each of a type from the {@link EventType} catalogue. Called by
 * services inside the same write transaction as the change it records; the single-writer
 * transaction is what makes "read the last hash, append the next" safe.
 */
public final class AuditTrail {
    private final TimeSource time;

    public AuditTrail(TimeSource time) {
        this.time = time;
    }

    /** Records {@code type} as done by {@code actor} (null: by Triade itself). */
    public Event record(Store store, Caller actor, EventType type, String document, Map<String, Object> data) {
        String accountId = actor == null ? null : actor.accountId();
        String organisation = actor == null ? null : actor.organisation();
        return record(store.events(), accountId, organisation, type, document, data);
    }

    /** Records {@code type} for an actor known only by its ids (seeding, start-up). */
    public Event record(Store store, String actor, String organisation, EventType type, String document,
                        Map<String, Object> data) {
        return record(store.events(), actor, organisation, type, document, data);
    }

    Event record(EventLog log, String actor, String organisation, EventType type, String document,
                 Map<String, Object> data) {
        ChainHead previous = log.head();
        long seq = previous.seq() + 1;
        String previousHash = previous.hash();
        Instant at = time.now();
        String hash = Event.chainHash(previousHash, seq, at, actor, organisation, type.wire(), document, data);
        Event event = new Event(seq, at, actor, organisation, type.wire(), document, data, previousHash, hash);
        log.append(event);
        return event;
    }
}
