package nl.triade.registry.http.audit;

import java.time.Instant;
import java.util.Map;
import nl.triade.registry.domain.audit.Event;

/** Schema {@code Event}. */
record EventResponse(long seq, Instant at, String actor, String organisation, String type, String document,
                     Map<String, Object> data, String previousHash, String hash) {

    static EventResponse of(Event event) {
        return new EventResponse(event.seq(), event.at(), event.actor(), event.organisation(), event.type(),
                event.document(), event.data(), event.previousHash(), event.hash());
    }
}
