package nl.triade.registry.domain.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.triade.registry.domain.CanonicalJson;

/**
 * One line of the append-only audit log. {@code hash} covers {@code previousHash} and this
 * event's canonical JSON, so changing, removing or reordering any stored event breaks the chain
 * from that point on.
 */
public record Event(long seq, Instant at, String actor, String organisation, String type, String document,
                    Map<String, Object> data, String previousHash, String hash) {

    public static final String GENESIS_HASH = "0".repeat(64);

    public Event {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** The hash this event must carry given its own fields; differs from {@link #hash()} only if the row was altered. */
    public String expectedHash() {
        return chainHash(previousHash, seq, at, actor, organisation, type, document, data);
    }

    static String chainHash(String previousHash, long seq, Instant at, String actor, String organisation,
                            String type, String document, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seq", seq);
        body.put("at", at);
        body.put("actor", actor);
        body.put("organisation", organisation);
        body.put("type", type);
        body.put("document", document);
        body.put("data", data);
        return CanonicalJson.sha256Hex(previousHash + "\n" + CanonicalJson.write(body));
    }
}
