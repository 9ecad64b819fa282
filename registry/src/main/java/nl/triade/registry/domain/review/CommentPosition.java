package nl.triade.registry.domain.review;

/**
 * A comment's place in its document without its texts: {@code seq} orders comments as they were
 * made, {@code replyTo} names the comment it answers (null for a thread's root).
 */
public record CommentPosition(long seq, String id, String replyTo, int revision) {
}
