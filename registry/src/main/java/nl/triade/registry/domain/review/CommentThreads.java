package nl.triade.registry.domain.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.Store;

/**
 * The threads of a document's comments, for reports that group replies under the comment they
 * answer. Read without the texts, so placing thousands of comments costs a few bytes each; the
 * texts of one page are read separately.
 */
public final class CommentThreads {
    private CommentThreads() {
    }

    /**
     * Every comment of the document with its thread's root, oldest first. A reply is always made
     * after the comment it answers, so its root is known when it is reached.
     */
    public static List<CommentThread> of(Store store, String documentId) {
        List<CommentThread> threads = new ArrayList<>();
        Map<String, CommentThread> byId = new HashMap<>();
        for (CommentPosition position : store.comments().positions(documentId)) {
            CommentThread parent = position.replyTo() == null ? null : byId.get(position.replyTo());
            CommentThread placed = parent == null
                    ? new CommentThread(position.seq(), position.id(), position.replyTo(), position.id(), position.seq(), position.revision())
                    : new CommentThread(position.seq(), position.id(), position.replyTo(), parent.root(), parent.rootSeq(),
                    parent.rootRevision());
            byId.put(placed.id(), placed);
            threads.add(placed);
        }
        return threads;
    }

    /** The full comments among {@code ids}, keyed by id. */
    public static Map<String, Comment> comments(Store store, String documentId, Collection<String> ids) {
        Map<String, Comment> comments = new HashMap<>();
        for (Comment comment : store.comments().withIds(documentId, ids)) {
            comments.put(comment.id(), comment);
        }
        return comments;
    }
}
