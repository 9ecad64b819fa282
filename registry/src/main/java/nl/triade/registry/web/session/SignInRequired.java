package nl.triade.registry.web.session;

/**
 * A page needs a signed-in person and the request has no live session: answered by sending the
 * browser to the sign-in page, which returns it to {@link #next()} afterwards.
 */
public final class SignInRequired extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String next;

    SignInRequired(String next) {
        super("this page needs a signed-in person", null, false, false);
        this.next = next;
    }

    public String next() {
        return next;
    }
}
