package nl.triade.registry.domain.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.triade.registry.domain.CanonicalJson;

/**
 * One line of the append-only audit log. {@code hash} covers {@code previousHash} and this
 * event's canonical JSON, so changing, removing or reordering any stored event breaks the chain
 * from that point on. The hash input is a fixed format, laid out byte for byte beside its constants below.
 */
public record Event(long seq, Instant at, String actor, String organisation, String type, String document,
                    Map<String, Object> data, String previousHash, String hash) {

    public static final String GENESIS_HASH = "0".repeat(64);

    /*
     * The hash input, byte for byte (UTF-8): the previous event's hash as 64 lower-case hex digits
     * (GENESIS_HASH for the first event), one line feed (0x0A), then the canonical JSON (CanonicalJson:
     * keys sorted, no white space) of one object with exactly these seven members:
     *   "actor"         account id, "plugin:<id>", or null for the system
     *   "at"            ISO-8601 instant in UTC, truncated to milliseconds (trailing zero fields dropped)
     *   "data"          the event's data object, as recorded
     *   "document"      document id or null
     *   "organisation"  slug or null
     *   "seq"           the sequence number, an integer
     *   "type"          the event type
     * e.g. 000…000\n{"actor":null,"at":"2026-01-01T00:00:00Z","data":{},"document":null,
     * "organisation":null,"seq":1,"type":"registry.initialised"}. Stored chains depend on every byte
     * of this, so these names are constants that no Java rename reaches; EventHashGoldenTest pins them.
     */
    static final String HASHED_ACTOR = "actor";
    static final String HASHED_AT = "at";
    static final String HASHED_DATA = "data";
    static final String HASHED_DOCUMENT = "document";
    static final String HASHED_ORGANISATION = "organisation";
    static final String HASHED_SEQ = "seq";
    static final String HASHED_TYPE = "type";
    static final char HASHED_SEPARATOR = '\n';

    public Event {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** The hash this event must carry given its own fields; differs from {@link #hash()} only if the row was altered. */
    public String expectedHash() {
        return chainHash(previousHash, seq, at, actor, organisation, type, document, data);
    }

    static String chainHash(String previousHash, long seq, Instant at, String actor, String organisation,
                            String type, String document, Map<String, Object> data) {
        return CanonicalJson.sha256Hex(hashInput(previousHash, seq, at, actor, organisation, type, document, data));
    }

    static String hashInput(String previousHash, long seq, Instant at, String actor, String organisation,
                            String type, String document, Map<String, Object> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(HASHED_SEQ, seq);
        body.put(HASHED_AT, at);
        body.put(HASHED_ACTOR, actor);
        body.put(HASHED_ORGANISATION, organisation);
        body.put(HASHED_TYPE, type);
        body.put(HASHED_DOCUMENT, document);
        body.put(HASHED_DATA, data);
        return previousHash + HASHED_SEPARATOR + CanonicalJson.write(body);
    }
}
