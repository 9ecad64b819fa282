package nl.triade.registry.domain.review;

/** Whether a comment still awaits an answer from the authors. */
public enum CommentStatus {
    OPEN, RESOLVED
}
