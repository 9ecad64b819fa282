package nl.triade.registry.web.session;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a person goes after signing in: back to the page they were on, but only a path on this
 * registry. Anything that a browser could read as another site ({@code //evil}, {@code /\evil},
 * {@code https://evil}, a control character, a path beyond any page's length) becomes "my work".
 */
public final class SafeNext {
    /** Where a person lands after signing in when no page asked for it: their work. */
    public static final String HOME = "/mijn-werk";
    static final int MAX_LENGTH = 2000;

    private SafeNext() {
    }

    public static String of(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH || !candidate.startsWith("/")
                || candidate.startsWith("//") || candidate.indexOf('\\') >= 0) {
            return HOME;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c < 0x21 || c == 0x7f) {
                return HOME;
            }
        }
        return candidate;
    }

    /** The sign-in page, returning to {@code next} afterwards. */
    public static String signInReturningTo(String next) {
        String safe = of(next);
        return SignInPaths.SIGN_IN + (safe.equals(HOME) ? "" : "?next=" + URLEncoder.encode(safe, StandardCharsets.UTF_8));
    }
}
