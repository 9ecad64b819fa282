package nl.triade.registry.http;

import io.javalin.http.Context;

/**
 * Revisions as entity tags. ETags are the revision number in quotes; If-Match {@code *} means
 * "any existing version" and is reported as {@link #ANY}.
 */
public final class ETags {
    public static final int ANY = -1;
    /** What an unparseable If-Match becomes: a revision that never matches, so the change is refused as stale. */
    public static final int UNMATCHABLE = Integer.MIN_VALUE;

    private ETags() {
    }

    public static String quote(int revision) {
        return "\"" + revision + "\"";
    }

    /** The revision named by If-Match, {@link #ANY}, {@link #UNMATCHABLE}, or null when the header is absent. */
    public static Integer ifMatch(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.equals("*")) {
            return ANY;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return UNMATCHABLE;
        }
    }

    public static boolean ifNoneMatchAny(Context ctx) {
        String header = ctx.header("If-None-Match");
        return header != null && header.trim().equals("*");
    }
}
