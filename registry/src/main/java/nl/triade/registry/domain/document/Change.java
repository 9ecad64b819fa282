package nl.triade.registry.domain.document;

import java.time.Instant;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import nl.triade.registry.domain.audit.EventType;

/**
 * What one edit does to a document: the next document (from the current one and the moment of
 * the change; the current one itself when nothing changes), the audit event to write, and how to
 * describe the outcome from the resulting document.
 */
public record Change<R>(BiFunction<Document, Instant, Document> next, EventType eventType, Map<String, Object> data,
                        Function<Document, R> result) {

    /** A content edit: new content, and which part (if any) takes the new revision as its ETag. */
    static <R> Change<R> ofContent(DocumentContent content, PartRevisions parts, EventType eventType, Map<String, Object> data,
                                          Function<Document, R> result) {
        return new Change<>((current, at) -> content.equals(current.content()) ? current : current.next(content, parts, at),
                eventType, data, result);
    }

    /** A lifecycle step: same content, a new status, edition number and workflow facts. */
    public static Change<Document> ofStatus(DocumentStatus status, int version, Workflow workflow, EventType eventType,
                                            Map<String, Object> data) {
        return ofStatus(status, version, workflow, eventType, data, document -> document);
    }

    /** A lifecycle step that another feature's change leads to, describing that change's own outcome. */
    public static <R> Change<R> ofStatus(DocumentStatus status, int version, Workflow workflow, EventType eventType,
                                         Map<String, Object> data, Function<Document, R> result) {
        return new Change<>((current, at) -> current.transitioned(status, version, workflow, at), eventType, data, result);
    }

    /** Work that leaves the document as it is (and so writes no revision and no event of its own). */
    public static <R> Change<R> none(R result) {
        return new Change<>((current, at) -> current, null, Map.of(), document -> result);
    }
}
