package nl.triade.registry.domain.review;

import java.util.Optional;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;

/** Stored comments, oldest first within a document. */
public interface CommentRepository {
    void insert(Comment comment);

    void update(Comment comment);

    Optional<Comment> find(String documentId, String id);

    Page<Comment> list(String documentId, CommentStatus status, String sectionKey, PageRequest page);

    int countOpen(String documentId);
}
