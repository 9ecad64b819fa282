package nl.triade.registry.domain.document;

import nl.triade.registry.domain.CanonicalJson;

/** An ordered part of the text, addressed by a stable key; {@code body} is Markdown, stored as given. */
public record Section(@CanonicalJson.Name("key") String key,
                      @CanonicalJson.Name("title") String title,
                      @CanonicalJson.Name("body") String body) {
}
