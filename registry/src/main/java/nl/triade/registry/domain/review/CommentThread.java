package nl.triade.registry.domain.review;

/**
 * A comment placed in its thread: {@code root} is the comment that started the thread (itself for a
 * root), with that root's order and the revision it was made on. A reply belongs where its root does.
 */
public record CommentThread(long seq, String id, String replyTo, String root, long rootSeq, int rootRevision) {
}
