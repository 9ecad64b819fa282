package nl.triade.registry.http;

import io.javalin.http.Context;
import nl.triade.registry.domain.UnauthenticatedException;
import nl.triade.registry.domain.account.TokenService;
import nl.triade.registry.domain.actor.Caller;

/**
 * Resolves the bearer token once per request, lazily: endpoints that are open to anonymous
 * callers never touch the database for authentication when no token is sent.
 */
public final class Authentication {
    private static final String SERVICE = "triade.tokens";
    private static final String CALLER = "triade.caller";
    /** The web interface's session cookie (its pages read it; the API does not). */
    public static final String SESSION_COOKIE = "triade_session";

    private Authentication() {
    }

    static void attach(Context ctx, TokenService tokens) {
        ctx.attribute(SERVICE, tokens);
    }

    /**
     * Whether the request carries credentials at all, valid or not: the one place that says so,
     * for every answer that must not be cached or shared once an account may be behind it. A
     * session cookie of the web interface counts, though the API never accepts one.
     */
    static boolean presented(Context ctx) {
        return ctx.header("Authorization") != null || ctx.cookie(SESSION_COOKIE) != null;
    }

    static Caller required(Context ctx) {
        Caller caller = optional(ctx);
        if (caller == null) {
            throw new UnauthenticatedException("this endpoint needs an Authorization: Bearer token");
        }
        return caller;
    }

    static Caller optional(Context ctx) {
        Caller cached = ctx.attribute(CALLER);
        if (cached != null) {
            return cached;
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            return null;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            throw new UnauthenticatedException("the Authorization header must be 'Bearer <token>'");
        }
        TokenService tokens = ctx.attribute(SERVICE);
        Caller caller = tokens.authenticate(header.substring(7).trim(), RequestLook.of(ctx, tokens.commits()));
        ctx.attribute(CALLER, caller);
        return caller;
    }
}
