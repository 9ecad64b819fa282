package nl.triade.registry.domain.document;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;

/** Stored documents and their revisions. */
public interface DocumentRepository {
    void insert(Document document);

    Optional<Document> find(String id);

    /**
     * Replaces the stored document {@code current} with {@code next}, provided it is still at
     * {@code current}'s revision; returns false when another change got there first. What {@code next}
     * leaves as it was in {@code current} (its participants, the text its search finds) is not written again.
     */
    boolean update(Document current, Document next);

    Page<DocumentSummary> list(DocumentQuery query, PageRequest page);

    /**
     * Ids of the documents in consultation whose {@code closesAt} is at or before {@code moment},
     * earliest first, at most {@code limit}: found by an index on the closing time, not by reading every document.
     */
    List<String> consultationsClosingBy(Instant moment, int limit);

    /**
     * Ids of the instruments that measure this standard: their {@code standardId} names it and they
     * share an author organisation with it. Anyone who may read a standard may name it, so naming
     * alone must not satisfy the standard's instrument rule for its authors.
     */
    List<String> instrumentsOf(String standardId);

    void insertRevision(String documentId, Revision revision, DocumentContent content);

    Page<Revision> revisions(String documentId, PageRequest page);

    Optional<RevisionSnapshot> revision(String documentId, int number);
}
