package nl.triade.spi;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One committed audit event.
 *
 * @param seq          position in the chain
 * @param at           when
 * @param actor        the acting account, or null for the system
 * @param organisation the acting organisation, or null
 * @param type         e.g. {@code document.final}
 * @param document     the document it is about, or null
 * @param data         event details (JSON values; may hold nulls)
 * @param hash         the event's chain hash
 */
public record EventSnapshot(long seq, Instant at, String actor, String organisation, String type, String document,
                            Map<String, Object> data, String hash) {

    public EventSnapshot {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
