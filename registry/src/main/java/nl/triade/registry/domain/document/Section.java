package nl.triade.registry.domain.document;

/** An ordered part of the text, addressed by a stable key; {@code body} is Markdown, stored as given. */
public record Section(String key, String title, String body) {
}
