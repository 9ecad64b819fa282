package nl.triade.registry.web.comments;

import java.util.Map;

/**
 * What a person sent in one of the page's forms, kept when it was refused so nothing typed is lost:
 * which form ({@link #NEW}, or a reply to or an answer of one comment), its fields, and the rule
 * each field broke, by field name.
 */
public record CommentForm(String kind, String commentId, String body, String disposition, String rationale,
                          Map<String, String> errors) {
    static final String NEW = "new";
    static final String REPLY = "reply";
    static final String ANSWER = "answer";
    private static final CommentForm NONE = new CommentForm("", null, "", null, "", Map.of());

    public CommentForm {
        errors = Map.copyOf(errors);
    }

    static CommentForm none() {
        return NONE;
    }

    public boolean isNew() {
        return kind.equals(NEW);
    }

    public boolean isReplyTo(String comment) {
        return kind.equals(REPLY) && comment.equals(commentId);
    }

    public boolean isAnswerOf(String comment) {
        return kind.equals(ANSWER) && comment.equals(commentId);
    }

    /** The rule {@code field} broke, as the text key's last part ({@code required}, {@code max-length}), or null. */
    public String error(String field) {
        return errors.get(field);
    }
}
