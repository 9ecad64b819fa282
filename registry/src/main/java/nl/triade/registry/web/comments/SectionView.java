package nl.triade.registry.web.comments;

import java.util.List;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.domain.review.Comment;
import nl.triade.registry.web.Refusal;

/**
 * A section's page: the document it belongs to, its current text, one page of its comment threads,
 * what the signed-in person may do here, and the outcome of the form they just sent: a form kept
 * with its errors, a refusal explained by its text keys, or the comment just placed or answered,
 * which gets the focus.
 */
public record SectionView(String documentId, String documentTitle, DocumentStatus status, Section section,
                          List<Discussion> discussions, String nextPage, boolean mayComment, boolean mayAnswer,
                          String csrf, CommentForm form, Refusal refusal, Notice notice) {

    /** The comment just placed or answered ({@code kind} {@code posted} or {@code answered}). */
    public record Notice(String kind, String commentId) {
    }

    public SectionView {
        discussions = List.copyOf(discussions);
    }

    public String documentUrl() {
        return "/documenten/" + documentId;
    }

    public String pageUrl() {
        return CommentPages.sectionPath(documentId, section.key());
    }

    /** Where a new comment or a reply is sent. */
    public String commentUrl() {
        return pageUrl() + "/opmerkingen";
    }

    /** Where the answer to {@code comment} is sent. */
    public String answerUrl(Comment comment) {
        return commentUrl() + "/" + comment.id() + "/antwoord";
    }

    /** Whether {@code comment} is the one just placed or answered, which the page gives the focus. */
    public boolean focused(Comment comment) {
        return notice != null && refusal == null && notice.commentId().equals(comment.id());
    }

    /** Whether the new comment's field takes the focus: what was typed in it was refused. */
    public boolean focusNewComment() {
        return form.isNew() && !form.errors().isEmpty();
    }

    public boolean automated(Comment comment) {
        return !Comment.PERSON.equals(comment.source());
    }
}
