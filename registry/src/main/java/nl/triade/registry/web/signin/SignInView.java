package nl.triade.registry.web.signin;

/**
 * The sign-in form: the address typed (kept after a refusal; the password never is), where to go
 * afterwards, whether the last attempt was refused, and a notice key ({@code signed-out},
 * {@code password-set}) or null.
 */
public record SignInView(String email, String next, boolean refused, String notice) {
}
