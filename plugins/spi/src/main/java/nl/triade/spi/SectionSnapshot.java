package nl.triade.spi;

import java.util.Objects;

/**
 * One section of a document's text.
 *
 * @param key   stable key, unique within the document
 * @param title heading
 * @param body  Markdown text, as written by the authors
 */
public record SectionSnapshot(String key, String title, String body) {

    public SectionSnapshot {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
    }
}
