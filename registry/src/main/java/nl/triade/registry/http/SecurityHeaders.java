package nl.triade.registry.http;

import io.javalin.http.Context;

/**
 * Headers every response carries: {@code nosniff}, so a browser never runs a JSON or text answer
 * as something else, and a {@code Cache-Control} that keeps what an account may see out of every
 * cache. Only a request without credentials ({@link Authentication#presented}) can get a public answer; it may be stored but must be
 * revalidated, since a registered document can be revised.
 */
final class SecurityHeaders {
    static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
    static final String NOSNIFF = "nosniff";
    static final String NO_STORE = "no-store";
    private static final String REVALIDATE = "no-cache";

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header(CONTENT_TYPE_OPTIONS, NOSNIFF);
        ctx.header("Cache-Control", Authentication.presented(ctx) ? NO_STORE : REVALIDATE);
    }

    /** Errors are never stored: they may name what the caller sent. */
    static void forProblem(Context ctx) {
        ctx.header("Cache-Control", NO_STORE);
    }
}
