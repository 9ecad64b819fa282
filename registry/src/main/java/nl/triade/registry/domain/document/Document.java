package nl.triade.registry.domain.document;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.CanonicalJson;

/**
 * A document as it stands now: its content plus lifecycle and bookkeeping. {@code revision}
 * increases with every change. Each section and indicator also carries the revision at which it
 * last changed (outside the hashed content), which is its own ETag: co-authors editing different
 * sections never invalidate each other.
 */
public record Document(String id, int version, DocumentStatus status, int revision, String contentHash,
                       DocumentContent content, Map<String, Integer> sectionRevisions,
                       Map<String, Integer> indicatorRevisions, Workflow workflow, Instant createdAt, Instant updatedAt) {

    public Document {
        sectionRevisions = Map.copyOf(sectionRevisions);
        indicatorRevisions = Map.copyOf(indicatorRevisions);
    }

    public DocumentKind kind() {
        return content.kind();
    }

    public int sectionRevision(String key) {
        return sectionRevisions.getOrDefault(key, revision);
    }

    public int indicatorRevision(String key) {
        return indicatorRevisions.getOrDefault(key, revision);
    }

    /**
     * The next revision of this document with {@code newContent}; part revisions are updated by the
     * caller's change. Refused when the new content breaks a {@link DocumentLimits limit}.
     */
    Document next(DocumentContent newContent, PartRevisions parts, Instant at) {
        String canonical = CanonicalJson.write(newContent);
        DocumentLimits.check(content, newContent, canonical);
        int nextRevision = revision + 1;
        Map<String, Integer> sections = new HashMap<>(sectionRevisions);
        Map<String, Integer> indicators = new HashMap<>(indicatorRevisions);
        parts.apply(sections, indicators, nextRevision);
        sections.keySet().retainAll(newContent.sections().stream().map(Section::key).toList());
        indicators.keySet().retainAll(newContent.indicators().stream().map(Indicator::key).toList());
        return new Document(id, version, status, nextRevision, CanonicalJson.sha256Hex(canonical), newContent, sections, indicators,
                workflow, createdAt, at);
    }

    /** The next revision of this document in {@code newStatus}: same content, new lifecycle facts. */
    Document transitioned(DocumentStatus newStatus, int newVersion, Workflow newWorkflow, Instant at) {
        return new Document(id, newVersion, newStatus, revision + 1, contentHash, content, sectionRevisions,
                indicatorRevisions, newWorkflow, createdAt, at);
    }
}
