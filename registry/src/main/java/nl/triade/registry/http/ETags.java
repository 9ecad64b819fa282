package nl.triade.registry.http;

import io.javalin.http.Context;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.document.Precondition;

/**
 * Revisions as entity tags. ETags are the revision number in quotes; If-Match {@code *} means
 * "any existing version" and is reported as {@link Precondition#ANY}. Anything else in If-Match is refused
 * as malformed rather than guessed at: a value that merely looked like a revision (such as
 * {@code "-1"}) must never act as {@code *}.
 */
public final class ETags {
    /** {@code "N"} or {@code W/"N"}: one revision, 1 or more, at most nine digits (revisions are ints). */
    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"([1-9][0-9]{0,8})\"");

    private ETags() {
    }

    public static String quote(int revision) {
        return "\"" + revision + "\"";
    }

    /** The revision named by If-Match, {@link Precondition#ANY}, or null when the header is absent; 400 when it is malformed. */
    public static Integer ifMatch(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.equals("*")) {
            return Precondition.ANY;
        }
        Matcher etag = ETAG.matcher(value);
        if (!etag.matches()) {
            throw new InvalidInputException("If-Match", Rule.FORMAT,
                    "If-Match must be * or one ETag this server handed out, such as \"3\"");
        }
        return Integer.parseInt(etag.group(1));
    }

    public static boolean ifNoneMatchAny(Context ctx) {
        String header = ctx.header("If-None-Match");
        return header != null && header.trim().equals("*");
    }
}
