package nl.triade.registry.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.audit.TextAttestations;

/**
 * The consultation report of a pack holds only what the chain proof records: each comment has its
 * {@code comment.created} event, of the commenter's organisation and with the SHA-256 of its body,
 * and an answered comment's last answer event carries exactly its disposition and rationale.
 */
final class ReportChecks {
    static final String FILE = "consultation-report.json";

    private ReportChecks() {
    }

    /** The number of comments checked; throws {@link PackageFailure} at the first that the chain does not record so. */
    static int check(JsonNode report, Map<Long, JsonNode> events) {
        for (JsonNode entry : report.path("entries")) {
            String comment = entry.path("comment").asText();
            String where = "comment " + comment;
            JsonNode created = last(events, EventType.COMMENT_CREATED, comment);
            if (created == null || !created.path("organisation").asText().equals(entry.path("commenter").path("organisation").asText())) {
                throw new PackageFailure(FILE, where + " has no comment.created event of its organisation in the chain proof");
            }
            JsonNode digest = created.path("data").path(TextAttestations.BODY_DIGEST);
            if (!digest.isMissingNode() && !digest.asText().equals(TextAttestations.sha256(entry.path("body").asText()))) {
                throw new PackageFailure(FILE, where + ": its body is not the text whose SHA-256 the chain recorded");
            }
            if (entry.path("status").asText().equals("resolved")) {
                answer(entry, last(events, EventType.COMMENT_RESOLVED, comment), where);
            }
        }
        return report.path("entries").size();
    }

    private static void answer(JsonNode entry, JsonNode resolved, String where) {
        if (resolved == null || !resolved.path("data").path("rationale").asText().equals(entry.path("rationale").asText())
                || !resolved.path("data").path("disposition").asText().equals(entry.path("disposition").asText())) {
            throw new PackageFailure(FILE, where + ": its answer is not the one the chain recorded last");
        }
    }

    /** The latest event of {@code type} about {@code comment}, or null; a reopening after it makes it no answer. */
    private static JsonNode last(Map<Long, JsonNode> events, EventType type, String comment) {
        JsonNode found = null;
        for (JsonNode event : events.values()) {
            boolean about = event.path("data").path("comment").asText().equals(comment);
            if (about && event.path("type").asText().equals(type.wire())) {
                found = event;
            } else if (about && type == EventType.COMMENT_RESOLVED && event.path("type").asText().equals(EventType.COMMENT_REOPENED.wire())) {
                found = null;
            }
        }
        return found;
    }
}
