package nl.triade.registry.web.session;

import nl.triade.registry.http.account.PasswordLinks;

/** The addresses of signing in and out and of setting a password, which the session layer knows by name. */
public final class SignInPaths {
    public static final String SIGN_IN = "/aanmelden";
    public static final String SIGN_OUT = "/afmelden";
    /** The page behind every invitation and reset link. */
    public static final String SET_PASSWORD = PasswordLinks.PAGE;

    private SignInPaths() {
    }
}
