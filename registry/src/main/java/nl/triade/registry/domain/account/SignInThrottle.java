package nl.triade.registry.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.account.SignInFailures.FailureCount;

/**
 * Lockout after failed sign-ins, per e-mail address and per client address. Counted per address
 * typed, not per account, so an unknown address locks exactly like a known one and the lock says
 * nothing about who has an account. Keys are SHA-256 hashes: the table holds no address in clear.
 * An e-mail address is locked for {@link #LOCK} after {@link #PER_EMAIL} failures within
 * {@link #WINDOW}; a client address (which many people behind one router may share) after
 * {@link #PER_CLIENT}. Lives in the database, so several instances share the counts.
 */
public final class SignInThrottle {
    public static final int PER_EMAIL = 5;
    public static final int PER_CLIENT = 50;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    private SignInThrottle() {
    }

    /** The keys a sign-in of {@code email} from {@code client} counts against: the e-mail's, then the client's. */
    static List<String> keys(String email, String client) {
        return List.of(CanonicalJson.sha256Hex("email:" + email.strip().toLowerCase(Locale.ROOT)),
                CanonicalJson.sha256Hex("client:" + client));
    }

    static boolean isLocked(Store store, List<String> keys, Instant now) {
        return keys.stream().anyMatch(key -> store.signInFailures().find(key)
                .map(count -> count.lockedUntil() != null && count.lockedUntil().isAfter(now)).orElse(false));
    }

    /** Counts one failure against each key; a key reaching its threshold is locked from now. */
    static void fail(Store store, List<String> keys, Instant now) {
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            int threshold = i == 0 ? PER_EMAIL : PER_CLIENT;
            FailureCount earlier = store.signInFailures().find(key)
                    .filter(count -> count.since().plus(WINDOW).isAfter(now))
                    .orElse(new FailureCount(0, now, null));
            int failures = earlier.failures() + 1;
            Instant lockedUntil = failures >= threshold ? now.plus(LOCK) : earlier.lockedUntil();
            store.signInFailures().put(key, new FailureCount(failures >= threshold ? 0 : failures,
                    failures >= threshold ? now : earlier.since(), lockedUntil));
        }
    }

    /** A successful sign-in clears its e-mail's count; the client's count runs out by itself. */
    static void succeed(Store store, List<String> keys) {
        store.signInFailures().delete(keys.get(0));
    }
}
