package nl.triade.registry.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants are stored as ISO-8601 UTC text: sortable as text, readable in a SQL shell, and the same on every engine. */
public final class Timestamps {
    private static final DateTimeFormatter FIXED_WIDTH = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** Nanoseconds in one unit of the last digit of a fraction of 1 to 9 digits (index: digits). */
    private static final int[] NANOS_PER_UNIT = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

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

    /**
     * Reads what {@link #format} and {@link #fixedWidth} wrote. Their shape is read directly, since
     * {@link Instant#parse}'s general formatter costs more than the rest of mapping a row; anything
     * else goes to {@link Instant#parse}, which reads or refuses it as always.
     */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        Instant plain = plainUtc(text);
        return plain != null ? plain : Instant.parse(text);
    }

    /** {@code uuuu-MM-ddTHH:mm:ss[.fraction of 1 to 9 digits]Z}, or null for any other text (or an impossible date). */
    private static Instant plainUtc(String text) {
        int length = text.length();
        if (length < 20 || length == 21 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || length > 20 && text.charAt(19) != '.') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = length == 20 ? 0 : digits(text, 20, length - 1) * NANOS_PER_UNIT[length - 21];
        if ((year | month | day | hour | minute | second | nanos) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** The number written in {@code text} from {@code from} to {@code to}, or -1 if a character there is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }
}
