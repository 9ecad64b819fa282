package nl.triade.registry.domain.review;

import java.time.Instant;

/**
 * A review remark on one revision of a document, optionally on one section and in reply to another
 * comment. {@code source} is {@code person}, or {@code plugin:<id>} for automated reviewers. Bodies
 * are plain text or Markdown, stored exactly as given and never rendered by the server.
 */
public record Comment(String id, String documentId, int revision, String sectionKey, String replyTo, String author,
                      String organisation, String source, String body, CommentStatus status, Disposition disposition,
                      String rationale, String resolvedBy, Instant resolvedAt, Instant createdAt) {

    public static final String PERSON = "person";

    Comment resolved(Disposition newDisposition, String newRationale, String by, Instant at) {
        return new Comment(id, documentId, revision, sectionKey, replyTo, author, organisation, source, body,
                CommentStatus.RESOLVED, newDisposition, newRationale, by, at, createdAt);
    }

    Comment reopened() {
        return new Comment(id, documentId, revision, sectionKey, replyTo, author, organisation, source, body,
                CommentStatus.OPEN, null, null, null, null, createdAt);
    }
}
