package nl.triade.registry.web.session;

import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import nl.triade.registry.domain.account.SignInOutcome;
import nl.triade.registry.domain.account.SignInService;
import nl.triade.registry.domain.account.SignedIn;

/**
 * The signed-in person behind a page request, and the one place forms are checked: the seam every
 * page uses ({@link #current}, {@link #required}), never the cookie itself. A session is looked up
 * once per request. Cookies are {@code Secure} when the request came over TLS or the registry's
 * public URL is {@code https}: behind a proxy that ends TLS, the request reaches Triade over plain
 * http, and {@code TRIADE_PUBLIC_URL} is what says the browser used https (a forwarded header is
 * not trusted for it).
 */
public final class WebSessions {
    /** The form field every state-changing form of a session carries. */
    public static final String CSRF_FIELD = "csrf";
    private static final String RESOLVED = "triade.session";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> SESSIONLESS_FORMS = Set.of(SignInPaths.SIGN_IN, SignInPaths.SET_PASSWORD);
    /** What a browser sends as {@code Origin} when it may not say where a form came from. */
    private static final String OPAQUE_ORIGIN = "null";
    private final SignInService signIns;
    private final String publicUrl;
    private final String publicOrigin;

    public WebSessions(SignInService signIns, String publicUrl) {
        this.signIns = signIns;
        this.publicUrl = publicUrl;
        URI parsed = URI.create(publicUrl);
        this.publicOrigin = parsed.getScheme() + "://" + parsed.getRawAuthority();
    }

    /** The live session of this request, if any. */
    public Optional<SignedIn> current(Context ctx) {
        Optional<SignedIn> cached = ctx.attribute(RESOLVED);
        if (cached != null) {
            return cached;
        }
        Optional<SignedIn> found = SessionCookie.read(ctx).flatMap(signIns::resume);
        ctx.attribute(RESOLVED, found);
        return found;
    }

    /** The live session of this request; without one, the browser is sent to sign in and brought back here. */
    public SignedIn required(Context ctx) {
        return current(ctx).orElseThrow(() -> new SignInRequired(returnAddress(ctx)));
    }

    /** Signs in and, on success, sets the new session's cookie; any session the browser had is ended. */
    public SignInOutcome signIn(Context ctx, String email, String password) {
        SignInOutcome outcome = signIns.signIn(email, password, ClientAddress.of(ctx), SessionCookie.read(ctx).orElse(null));
        if (outcome instanceof SignInOutcome.Started started) {
            SessionCookie.write(ctx, started.sessionSecret(), secure(ctx));
            ctx.attribute(RESOLVED, Optional.of(started.session()));
        }
        return outcome;
    }

    /** Ends the session server-side and clears the cookie. */
    public void signOut(Context ctx) {
        SessionCookie.read(ctx).ifPresent(signIns::signOut);
        SessionCookie.clear(ctx, secure(ctx));
        ctx.attribute(RESOLVED, Optional.empty());
    }

    /**
     * The CSRF check of every state-changing request outside the API, before its handler runs. A
     * form of a session must carry the session's token. The forms that start from no session
     * (signing in, which replaces any session, and setting a password from a link) cannot carry
     * one; they, and any form sent without a live session, are refused when the browser's
     * {@code Origin} or {@code Sec-Fetch-Site} names another site. A refused form is a {@code 403}.
     */
    public boolean admitsForm(Context ctx) {
        if (SAFE_METHODS.contains(ctx.method().name()) || ctx.path().startsWith("/api/")) {
            return true;
        }
        Optional<SignedIn> session = SESSIONLESS_FORMS.contains(ctx.path()) ? Optional.empty() : current(ctx);
        if (session.isPresent()) {
            String sent = ctx.formParam(CSRF_FIELD);
            return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                    session.get().csrfToken().getBytes(StandardCharsets.UTF_8));
        }
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String origin = ctx.header("Origin");
        if (OPAQUE_ORIGIN.equals(origin)) {
            // a page sent as no referrer (the set-password page: its address holds the link's secret) makes the
            // browser post its form with Origin: null; only Sec-Fetch-Site can then say the form is our own
            return "same-origin".equals(site);
        }
        return origin == null || origin.equals(ownOrigin(ctx)) || origin.equals(publicOrigin);
    }

    boolean secure(Context ctx) {
        return publicUrl.startsWith("https://") || "https".equalsIgnoreCase(ctx.scheme());
    }

    private static String ownOrigin(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }

    /** The page to return to: this one for a page read; for a form sent, the page it was sent from, if it is ours. */
    private String returnAddress(Context ctx) {
        if (SAFE_METHODS.contains(ctx.method().name())) {
            String query = ctx.queryString();
            return ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
        }
        String referer = ctx.header("Referer");
        for (String own : new String[] {ownOrigin(ctx), publicOrigin}) {
            if (referer != null && referer.startsWith(own + "/")) {
                return referer.substring(own.length());
            }
        }
        return SafeNext.HOME;
    }
}
