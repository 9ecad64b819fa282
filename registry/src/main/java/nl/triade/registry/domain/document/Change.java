package nl.triade.registry.domain.document;

import java.util.Map;
import java.util.function.Function;

/**
 * What one edit does to a document: the new content, which part's ETag moves, the audit event to
 * write, and how to describe the outcome from the resulting document.
 */
record Change<R>(DocumentContent content, PartRevisions parts, String eventType, Map<String, Object> data,
                 Function<Document, R> result) {
}
