package nl.triade.registry.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants are stored as ISO-8601 UTC text: sortable as text, readable in a SQL shell, and the same on every engine. */
public final class Timestamps {
    private static final DateTimeFormatter FIXED_WIDTH = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /**
     * Always three fraction digits, for a column an index orders and SQL compares as text:
     * {@link Instant#toString} leaves out zero fractions, and {@code ...:00Z} sorts after {@code ...:00.5Z}.
     */
    public static String fixedWidth(Instant instant) {
        return instant == null ? null : FIXED_WIDTH.format(instant);
    }

    public static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
