package nl.triade.registry.web.session;

/** The addresses of signing in and out, which the session layer sends people to. */
public final class SignInPaths {
    public static final String SIGN_IN = "/aanmelden";
    public static final String SIGN_OUT = "/afmelden";

    private SignInPaths() {
    }
}
