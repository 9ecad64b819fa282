package nl.triade.spi;

import java.util.Objects;

/**
 * A comment a {@link Reviewer} wants posted.
 *
 * @param body       plain text or Markdown
 * @param sectionKey the section it is about, or null for the whole document
 */
public record ReviewComment(String body, String sectionKey) {

    public ReviewComment {
        Objects.requireNonNull(body, "body");
    }

    public static ReviewComment on(String sectionKey, String body) {
        return new ReviewComment(body, sectionKey);
    }

    public static ReviewComment general(String body) {
        return new ReviewComment(body, null);
    }
}
