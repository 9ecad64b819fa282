package nl.triade.registry.http.document;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.WireNames;

/** Query parameters, path numbers and request headers of the document resources, checked with the field named. */
public final class QueryParams {
    /** The longest revision note ({@code Revision-Note}), in characters; the web form holds to it too. */
    public static final int MAX_NOTE = 500;

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Context ctx, String name, Class<E> type) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return WireNames.parse(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(WireNames::of).collect(Collectors.joining(", "));
            throw new InvalidInputException(name, Rule.ENUM, name + " must be one of " + allowed);
        }
    }

    public static int positive(String name, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(name, Rule.TYPE, name + " must be a revision number (1 or more)");
    }

    /** The optional {@code Revision-Note} header recorded on the revision a change makes. */
    static String revisionNote(Context ctx) {
        String note = ctx.header("Revision-Note");
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > MAX_NOTE) {
            throw new InvalidInputException("Revision-Note", Rule.MAX_LENGTH, "Revision-Note must be at most " + MAX_NOTE + " characters");
        }
        return note.strip();
    }
}
