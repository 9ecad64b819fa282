package nl.triade.registry.domain.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.CanonicalJson;

/**
 * Which stored texts an event vouches for, and with which SHA-256: the one catalogue of how texts
 * enter the chain. A text's digest is part of the event's data and so of its hash; the verifier
 * compares it with the stored row. Bodies and notes never change after they are written, so only
 * their first attestation counts; a rationale changes when a comment is answered again, so the
 * latest counts. Events written before this catalogue carry no digests and vouch for nothing here;
 * their texts were attested once at the upgrade ({@link EventType#CHAIN_TEXTS_ATTESTED}).
 */
public final class TextAttestations {
    public static final String BODY_DIGEST = "bodySha256";
    public static final String NOTE_DIGEST = "noteSha256";

    private TextAttestations() {
    }

    /** One text an event vouches for; {@code sha256} null means the event says there is none. */
    public record Attested(String record, String sha256, boolean fixed) {
    }

    public static String sha256(String text) {
        return text == null ? null : CanonicalJson.sha256Hex(text);
    }

    public static String commentBody(String comment) {
        return "comment/" + comment + "/body";
    }

    public static String commentRationale(String comment) {
        return "comment/" + comment + "/rationale";
    }

    public static String approvalMotivation(String document, long revision, String organisation) {
        return "approval/" + document + "/" + revision + "/" + organisation + "/motivation";
    }

    public static String revisionNote(String document, long revision) {
        return "revision/" + document + "/" + revision + "/note";
    }

    public static List<Attested> of(Event event) {
        Map<String, Object> data = event.data();
        List<Attested> texts = new ArrayList<>();
        EventType type = EventType.of(event.type()).orElse(null);
        if (type == EventType.COMMENT_CREATED) {
            if (data.containsKey(BODY_DIGEST)) {
                texts.add(new Attested(commentBody(text(data, "comment")), text(data, BODY_DIGEST), true));
            }
        } else if (type == EventType.COMMENT_RESOLVED || type == EventType.COMMENT_REOPENED) {
            texts.add(new Attested(commentRationale(text(data, "comment")), sha256(text(data, "rationale")), false));
        } else if (type == EventType.APPROVAL_RECORDED) {
            texts.add(new Attested(approvalMotivation(event.document(), number(data, "revision"), event.organisation()),
                    sha256(text(data, "motivation")), true));
        } else if (type == EventType.CHAIN_TEXTS_ATTESTED) {
            ((Map<?, ?>) data.get("texts")).forEach((record, digest) ->
                    texts.add(new Attested((String) record, (String) digest, true)));
        } else if (data.containsKey(NOTE_DIGEST)) {
            texts.add(new Attested(revisionNote(event.document(), number(data, "revision")), text(data, NOTE_DIGEST), true));
        }
        return texts;
    }

    private static String text(Map<String, Object> data, String field) {
        Object value = data.get(field);
        return value == null ? null : value.toString();
    }

    private static long number(Map<String, Object> data, String field) {
        return ((Number) data.get(field)).longValue();
    }
}
