package nl.triade.registry.domain.review;

import java.util.Collection;
import java.util.List;
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

    /** Where each comment of the document sits, oldest first: its order, what it answers and the revision it was made on. */
    List<CommentPosition> positions(String documentId);

    /** The document's comments among {@code ids}, in no particular order. */
    List<Comment> withIds(String documentId, Collection<String> ids);
}
