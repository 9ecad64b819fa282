package nl.triade.registry.domain.account;

/**
 * How a sign-in ended. A refusal never says why: unknown address, wrong password, no password set
 * yet and a lock all read the same, so the form reveals nobody's account.
 */
public sealed interface SignInOutcome {

    /** Signed in: {@code sessionSecret} goes into the cookie and nowhere else. */
    record Started(String sessionSecret, SignedIn session) implements SignInOutcome {
    }

    record Refused() implements SignInOutcome {
    }
}
