package nl.triade.registry.web.comments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.review.Comment;

/**
 * A comment that opens a thread on the page, with every reply to it (and to those replies) shown
 * on the same page, oldest first. A reply whose comment is on an earlier page opens a thread of its own.
 */
public record Discussion(Comment opening, List<Comment> replies) {

    public Discussion {
        replies = List.copyOf(replies);
    }

    /** The threads of one page of comments, given oldest first (a reply always comes after what it answers). */
    static List<Discussion> of(List<Comment> comments) {
        Map<String, String> rootOf = new HashMap<>();
        Map<String, List<Comment>> threads = new LinkedHashMap<>();
        Map<String, Comment> openings = new HashMap<>();
        for (Comment comment : comments) {
            String root = comment.replyTo() == null ? null : rootOf.get(comment.replyTo());
            if (root == null) {
                rootOf.put(comment.id(), comment.id());
                openings.put(comment.id(), comment);
                threads.put(comment.id(), new ArrayList<>());
            } else {
                rootOf.put(comment.id(), root);
                threads.get(root).add(comment);
            }
        }
        return threads.entrySet().stream().map(thread -> new Discussion(openings.get(thread.getKey()), thread.getValue())).toList();
    }
}
