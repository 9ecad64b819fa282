package nl.triade.registry.domain.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import nl.triade.registry.domain.actor.Caller;

/**
 * Appends events to the chain, of the types of the {@link EventType} catalogue only. Called by services inside the same write transaction as the
 * change it records; the single-writer transaction is what makes "read the last hash, append the
 * next" safe.
 */
public final class AuditTrail {
    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    public Event record(EventLog log, Caller actor, EventType type, String document, Map<String, Object> data) {
        String accountId = actor == null ? null : actor.accountId();
        String organisation = actor == null ? null : actor.organisation();
        return record(log, accountId, organisation, type, document, data);
    }

    public Event record(EventLog log, String actor, String organisation, EventType type, String document,
                        Map<String, Object> data) {
        Event previous = log.last().orElse(null);
        long seq = previous == null ? 1 : previous.seq() + 1;
        String previousHash = previous == null ? Event.GENESIS_HASH : previous.hash();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String hash = Event.chainHash(previousHash, seq, at, actor, organisation, type.wire(), document, data);
        Event event = new Event(seq, at, actor, organisation, type.wire(), document, data, previousHash, hash);
        log.append(event);
        return event;
    }
}
