package nl.triade.registry.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import nl.triade.registry.domain.CommitScopedCache;
import nl.triade.registry.domain.CommitWatch;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.WorkSlots;
import nl.triade.registry.domain.actor.Caller;

/**
 * Signing people in with e-mail address and password, and the server-side sessions that follow.
 * A session ends after {@link #IDLE} without a request or {@link #ABSOLUTE} after sign-in,
 * whichever comes first, and at sign-out. Every sign-in starts a new session (a session id the
 * browser had before is dropped: no fixation). The password hash is checked outside every
 * transaction and inside a work slot; an unknown address is checked against a dummy hash of the
 * same cost, so its answer takes as long as a wrong password's.
 *
 * <p>A live session is kept by its hash until the next commit anyone makes on the database that
 * changes a token, a session, an account or an organisation ({@link CommitScopedCache}, {@link
 * CommitWatch.Generations#callers}): signing out, or any change to the account, is such a commit, so
 * the very next page, on any instance, finds the session gone or changed.
 */
public final class SignInService {
    /** Long enough to write a long comment without losing it; a volunteer's afternoon. */
    public static final Duration IDLE = Duration.ofHours(2);
    public static final Duration ABSOLUTE = Duration.ofHours(12);
    /** A session's last-seen time is written at most this often, so reading pages does not write on every request. */
    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private final Transactions transactions;
    private final TimeSource time;
    private final PasswordHasher hasher;
    private final WorkSlots slots;
    /** About the people signed in during a busy hour. */
    private static final int CACHED_SESSIONS = 10_000;
    /** Made once, by {@link #prepare} or else by the first sign-in; every sign-in waits for it, so none answers sooner. */
    private final AtomicReference<CompletableFuture<String>> dummyHash = new AtomicReference<>();
    private final CommitScopedCache<String, Resumed> sessions;

    public SignInService(Transactions transactions, TimeSource time, PasswordHasher hasher, WorkSlots slots, CommitWatch commits) {
        this.transactions = transactions;
        this.time = time;
        this.hasher = hasher;
        this.slots = slots;
        this.sessions = new CommitScopedCache<>(commits, CommitWatch.Generations::callers, CACHED_SESSIONS, CACHED_SESSIONS,
                resumed -> 1);
    }

    /**
     * Makes the dummy hash on {@code executor}, unless a sign-in began making it already: a whole Argon2id hash, a fifth
     * of a second of processor time, that a start therefore need not wait for (README, Performance).
     */
    public void prepare(Executor executor) {
        dummyHash(executor);
    }

    private CompletableFuture<String> dummyHash(Executor executor) {
        CompletableFuture<String> made = dummyHash.get();
        if (made != null) {
            return made;
        }
        CompletableFuture<String> making = new CompletableFuture<>();
        if (!dummyHash.compareAndSet(null, making)) {
            return dummyHash.get();
        }
        executor.execute(() -> {
            try {
                making.complete(hasher.hash(TokenSecrets.newSecret()));
            } catch (RuntimeException | Error e) {
                making.completeExceptionally(e);
            }
        });
        return making;
    }

    /** A session as read, with who it signs in: its times decide, without a commit, when it must be touched or ends. */
    private record Resumed(Session session, SignedIn signedIn) {
    }

    private record Attempt(boolean locked, Optional<Account> account, Optional<String> hash) {
    }

    /**
     * Signs {@code email} in from {@code client} (its network address); {@code previousSession} is
     * the secret of a session the browser already had, or null, and is ended either way.
     */
    public SignInOutcome signIn(String email, String password, String client, String previousSession) {
        List<String> keys = SignInThrottle.keys(email == null ? "" : email, client);
        Attempt attempt = transactions.read(store -> {
            Optional<Account> account = email == null ? Optional.empty() : store.accounts().findByEmail(email.strip());
            return new Attempt(SignInThrottle.isLocked(store, keys, time.now()), account,
                    account.flatMap(found -> store.passwords().hashOf(found.id())));
        });
        if (attempt.locked()) {
            return new SignInOutcome.Refused();
        }
        String candidate = password == null ? "" : password;
        // the dummy hash is waited for whether the address is known or not: the first sign-ins must not tell them apart either
        boolean matches = slots.run(() -> hasher.matches(candidate, attempt.hash().orElse(dummyHash(Runnable::run).join())))
                && attempt.hash().isPresent();
        Optional<String> rehash = matches && hasher.needsRehash(attempt.hash().get())
                ? Optional.of(slots.run(() -> hasher.hash(candidate))) : Optional.empty();
        return transactions.write(store -> {
            Instant now = time.now();
            sweep(store, now);
            if (SignInThrottle.isLocked(store, keys, now)) {
                return new SignInOutcome.Refused();
            }
            if (!matches) {
                SignInThrottle.fail(store, keys, now);
                return new SignInOutcome.Refused();
            }
            SignInThrottle.succeed(store, keys);
            Account account = attempt.account().get();
            rehash.ifPresent(hash -> store.passwords().put(account.id(), hash, now));
            if (previousSession != null) {
                store.sessions().delete(TokenSecrets.hash(previousSession));
            }
            String secret = TokenSecrets.newSecret();
            Session session = new Session(TokenSecrets.hash(secret), account.id(), TokenSecrets.newSecret(), now, now);
            store.sessions().insert(session);
            return new SignInOutcome.Started(secret, signedIn(store, account, session));
        });
    }

    /** The live session behind {@code secret}; empty when there is none, or it expired (and is then removed). */
    public Optional<SignedIn> resume(String secret) {
        String hash = TokenSecrets.hash(secret);
        Instant now = time.now();
        long generation = sessions.generation();
        Optional<Resumed> kept = sessions.get(generation, hash).filter(resumed -> needsNoWrite(resumed.session(), now));
        if (kept.isPresent()) {
            return Optional.of(kept.get().signedIn());
        }
        Optional<Session> found = transactions.read(store -> store.sessions().find(hash));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Session session = found.get();
        if (!session.isLiveAt(now, IDLE, ABSOLUTE)) {
            transactions.write(store -> {
                store.sessions().delete(hash);
                return null;
            });
            return Optional.empty();
        }
        if (needsNoWrite(session, now)) {
            Optional<SignedIn> signedIn = transactions.read(store -> signedIn(store, session));
            signedIn.ifPresent(resumed -> sessions.put(generation, hash, new Resumed(session, resumed)));
            return signedIn;
        }
        return transactions.write(store -> {
            store.sessions().touch(hash, now);
            return signedIn(store, session);
        });
    }

    /** Live, and seen recently enough that this request need not write its last-seen time. */
    private static boolean needsNoWrite(Session session, Instant now) {
        return session.isLiveAt(now, IDLE, ABSOLUTE) && session.lastSeenAt().plus(TOUCH_EVERY).isAfter(now);
    }

    public void signOut(String secret) {
        transactions.write(store -> {
            store.sessions().delete(TokenSecrets.hash(secret));
            return null;
        });
    }

    /**
     * Removes expired sessions and failure counts that ran out, since an abandoned browser never
     * signs out; done by every sign-in, which is what makes either table grow.
     */
    private static void sweep(Store store, Instant now) {
        store.sessions().deleteExpired(now.minus(IDLE), now.minus(ABSOLUTE));
        store.signInFailures().deleteStale(now.minus(SignInThrottle.WINDOW));
    }

    private static Optional<SignedIn> signedIn(Store store, Session session) {
        return store.accounts().find(session.accountId()).map(account -> signedIn(store, account, session));
    }

    private static SignedIn signedIn(Store store, Account account, Session session) {
        Organisation organisation = store.organisations().find(account.organisation())
                .orElseThrow(() -> new IllegalStateException("account " + account.id() + " has no organisation"));
        return new SignedIn(new Caller(account.id(), account.organisation(), organisation.kind(), account.role(), null),
                account.name(), session.csrfToken());
    }
}
