package nl.triade.registry.web.signin;

/**
 * The page behind a password link: whether the link is usable, whose password it sets and why,
 * and the error next to each field (a text key's last part, or null). The password is never
 * written back into the form.
 */
public record SetPasswordView(boolean usable, String code, String name, String email, boolean invitation,
                              String passwordError, String repeatError) {

    static SetPasswordView unusable() {
        return new SetPasswordView(false, "", "", "", false, null, null);
    }
}
