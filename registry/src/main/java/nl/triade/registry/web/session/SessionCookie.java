package nl.triade.registry.web.session;

import io.javalin.http.Context;
import java.util.Optional;
import nl.triade.registry.http.Authentication;
import nl.triade.registry.domain.account.SignInService;

/**
 * The session cookie, written by hand so every attribute is visible here: {@code HttpOnly} (no
 * script reads it), {@code SameSite=Strict} (no other site's page sends it), {@code Path=/},
 * {@code Secure} when the browser reached the registry over TLS, and a lifetime no longer than a
 * session's absolute one. It holds the session's secret and nothing else.
 */
final class SessionCookie {
    static final String NAME = Authentication.SESSION_COOKIE;
    private static final int MAX_SECRET_LENGTH = 100;

    private SessionCookie() {
    }

    static Optional<String> read(Context ctx) {
        String value = ctx.cookie(NAME);
        return value == null || value.isEmpty() || value.length() > MAX_SECRET_LENGTH ? Optional.empty() : Optional.of(value);
    }

    static void write(Context ctx, String secret, boolean secure) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + secret + "; Path=/; Max-Age="
                + SignInService.ABSOLUTE.toSeconds() + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
    }

    static void clear(Context ctx, boolean secure) {
        ctx.res().addHeader("Set-Cookie", NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
    }
}
