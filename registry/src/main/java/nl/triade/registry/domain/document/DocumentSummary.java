package nl.triade.registry.domain.document;

import java.time.Instant;

/** A list entry: enough to choose a document without loading its content. */
public record DocumentSummary(String id, DocumentKind kind, DocumentStatus status, int version, int revision,
                              String title, String condition, Instant updatedAt) {
}
