package nl.triade.registry.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.audit.Checkpoint;
import nl.triade.registry.domain.audit.CheckpointKey;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.submission.PackageManifest;

/**
 * What the files of a pack whose manifest holds must say: the content hashes to the manifest's
 * hash, every event's hash follows from the hash before it and its own members (the audit chain's
 * definition, {@link Event}), the last event (in packs of version 1: every event) has a checkpoint
 * signed by the key, the last event is this submission's, every approval names an event of the proof that recorded exactly it, and the
 * consultation report holds only comments and answers the proof records ({@link ReportChecks}).
 */
final class EvidenceChecks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PackFiles files;
    private final PackageManifest manifest;
    private final PublicKey key;

    EvidenceChecks(PackFiles files, PackageManifest manifest, PublicKey key) {
        this.files = files;
        this.manifest = manifest;
        this.key = key;
    }

    /** A one-line summary of what holds; throws {@link PackageFailure} at the first thing that does not. */
    String check() {
        if (!CanonicalJson.sha256Hex(files.text("content.json")).equals(manifest.contentHash())) {
            throw new PackageFailure("content.json", "does not hash to the manifest's contentHash " + manifest.contentHash());
        }
        JsonNode document = read("document.json");
        same("document.json", "id", document.path("id").asText(), manifest.document());
        same("document.json", "contentHash", document.path("contentHash").asText(), manifest.contentHash());
        same("validation.json", "contentHash", read("validation.json").path("contentHash").asText(), manifest.contentHash());
        Map<Long, JsonNode> events = events();
        JsonNode approvals = read("approvals.json");
        if (!approvals.isArray() || approvals.isEmpty()) {
            throw new PackageFailure("approvals.json", "holds no approvals; a submitted document was approved by its authors");
        }
        for (JsonNode approval : approvals) {
            approval(approval, events);
        }
        JsonNode report = read(ReportChecks.FILE);
        same(ReportChecks.FILE, "document", report.path("document").asText(), manifest.document());
        int comments = ReportChecks.check(report, events);
        return "OK: package " + manifest.submission() + " of document " + manifest.document() + ", revision " + manifest.revision()
                + ", content " + manifest.contentHash() + "; " + manifest.sha256().size() + " files, " + events.size()
                + (manifest.version() == 1 ? " events with signed checkpoints, " : " events, the last with a signed checkpoint, ")
                + approvals.size() + " approvals, " + comments + " comments in the consultation report";
    }

    /** The chain proof, by seq: each event recomputed, each with its checkpoint, the last one this submission's. */
    private Map<Long, JsonNode> events() {
        JsonNode events = read("events.json");
        JsonNode checkpoints = read("checkpoints.json");
        boolean eachEvent = manifest.version() == 1;
        if (!events.isArray() || events.isEmpty() || !checkpoints.isArray() || checkpoints.size() != (eachEvent ? events.size() : 1)) {
            throw new PackageFailure("checkpoints.json", eachEvent ? "does not hold exactly one checkpoint per event of events.json"
                    : "does not hold exactly one checkpoint, of the last event of events.json");
        }
        Map<Long, JsonNode> bySeq = new LinkedHashMap<>();
        long previousSeq = 0;
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            long seq = event.path("seq").asLong();
            String where = "event " + seq;
            if (seq <= previousSeq) {
                throw new PackageFailure("events.json", where + " is out of chain order");
            }
            same("events.json", where + " document", event.path("document").asText(), manifest.document());
            if (!recomputed(event).equals(event.path("hash").asText())) {
                throw new PackageFailure("events.json", where + ": its hash does not follow from previousHash and its members");
            }
            if (eachEvent) {
                checkpoint(checkpoints.get(i), seq, event.path("hash").asText());
            }
            bySeq.put(seq, event);
            previousSeq = seq;
        }
        JsonNode last = events.get(events.size() - 1);
        if (!eachEvent) {
            checkpoint(checkpoints.get(0), previousSeq, last.path("hash").asText());
        }
        if (!last.path("type").asText().equals(EventType.SUBMISSION_CREATED.wire())
                || !last.path("data").path("submission").asText().equals(manifest.submission())
                || !last.path("data").path("contentHash").asText().equals(manifest.contentHash())) {
            throw new PackageFailure("events.json", "does not end in the event that created submission " + manifest.submission()
                    + " of content " + manifest.contentHash());
        }
        return bySeq;
    }

    private String recomputed(JsonNode event) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> data = JSON.treeToValue(event.path("data"), Map.class);
            return new Event(event.path("seq").asLong(), Instant.parse(event.path("at").asText()), text(event, "actor"),
                    text(event, "organisation"), event.path("type").asText(), text(event, "document"), data,
                    event.path("previousHash").asText(), event.path("hash").asText()).expectedHash();
        } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
            throw new PackageFailure("events.json", "event " + event.path("seq").asText() + " is not an audit event ("
                    + e.getMessage() + ")");
        }
    }

    private void checkpoint(JsonNode checkpoint, long seq, String hash) {
        String where = "the checkpoint of event " + seq;
        if (checkpoint.path("seq").asLong() != seq || !checkpoint.path("hash").asText().equals(hash)) {
            throw new PackageFailure("checkpoints.json", where + " names another seq or hash");
        }
        try {
            Checkpoint signed = new Checkpoint(seq, hash, Instant.parse(checkpoint.path("at").asText()),
                    checkpoint.path("keyId").asText(), checkpoint.path("signature").asText());
            if (!signed.keyId().equals(manifest.keyId()) || !CheckpointKey.verifies(key, signed.signedText(), signed.signature())) {
                throw new PackageFailure("checkpoints.json", where + " is not signed by key " + manifest.keyId());
            }
        } catch (DateTimeParseException e) {
            throw new PackageFailure("checkpoints.json", where + " has no valid time");
        }
    }

    /** An approval is evidence only if the chain recorded it: its event, of its organisation, account, decision and content. */
    private void approval(JsonNode approval, Map<Long, JsonNode> events) {
        String organisation = approval.path("organisation").path("slug").asText();
        String where = "the approval of " + organisation;
        same("approvals.json", where + " contentHash", approval.path("contentHash").asText(), manifest.contentHash());
        JsonNode event = events.get(approval.path("event").asLong());
        if (event == null || !event.path("type").asText().equals(EventType.APPROVAL_RECORDED.wire())) {
            throw new PackageFailure("approvals.json", where + " names no approval event of the chain proof");
        }
        same("approvals.json", where + " organisation", event.path("organisation").asText(), organisation);
        same("approvals.json", where + " account", event.path("actor").asText(), approval.path("account").path("id").asText());
        same("approvals.json", where + " decision", event.path("data").path("decision").asText(), approval.path("decision").asText());
        same("approvals.json", where + " contentHash", event.path("data").path("contentHash").asText(), manifest.contentHash());
        same("approvals.json", where + " motivation", text(event.path("data"), "motivation"), text(approval, "motivation"));
    }

    private JsonNode read(String file) {
        try {
            return JSON.readTree(files.text(file));
        } catch (JsonProcessingException e) {
            throw new PackageFailure(file, "is not JSON");
        }
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.path(member);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static void same(String file, String what, String found, String expected) {
        if (found == null ? expected != null : !found.equals(expected)) {
            throw new PackageFailure(file, what + " is " + found + ", expected " + expected);
        }
    }
}
