package nl.triade.registry.store;

import java.time.Instant;

/** Instants are stored as ISO-8601 UTC text: sortable as text, readable in a SQL shell, and the same on every engine. */
public final class Timestamps {
    private Timestamps() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    public static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
