package nl.triade.registry.web.workspace;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * A consultation's last day as a person types it: day-month-year as Dutch people write it
 * ({@code 31-03-2027}, also with {@code /} or {@code .}), or the ISO form. A text field, not a
 * date field: Chromium keeps a date field's keyboard focus inside it, out of reach of the visible
 * focus every field must show, and a date picker is a known trap for keyboard and screen-reader users.
 */
final class ClosingDay {
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private ClosingDay() {
    }

    static Optional<LocalDate> parse(String typed) {
        String day = typed.strip().replace('/', '-').replace('.', '-');
        for (DateTimeFormatter format : new DateTimeFormatter[] {DUTCH, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(day, format));
            } catch (DateTimeParseException e) {
                // the other way of writing it may fit
            }
        }
        return Optional.empty();
    }

    static String shown(LocalDate day) {
        return SHOWN.format(day);
    }
}
