package nl.triade.registry.domain.account;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.triade.registry.domain.CommitScopedCache;
import nl.triade.registry.domain.CommitWatch;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.Ids;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.UnauthenticatedException;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;

/**
 * Issuing, revoking and checking API tokens. A token may be managed by its own account, an
 * administrator, or an org-admin of the account's organisation; to anyone else it does not exist.
 * Roles only downward: an org-admin who can see an administrator's account still cannot hold
 * credentials for it.
 *
 * <p>Authenticated callers are kept by the hash of their token until the next commit anyone makes
 * on the database that changes a token, a session, an account or an organisation ({@link
 * CommitScopedCache}, {@link CommitWatch.Generations#callers}): a revoked token, a changed role or a
 * new kind of organisation is such a commit, so the very next request, on any instance, reads the
 * token again; a comment or an edit is not, so under a write load callers stay kept.
 */
public final class TokenService {
    /** About the callers of a busy hour; each entry is a few hundred bytes. */
    private static final int CACHED_CALLERS = 10_000;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;
    private final CommitWatch commits;
    private final CommitScopedCache<String, Authenticated> callers;

    public TokenService(Transactions transactions, AuditTrail audit, TimeSource time, CommitWatch commits) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
        this.commits = commits;
        this.callers = new CommitScopedCache<>(commits, CommitWatch.Generations::callers, CACHED_CALLERS, CACHED_CALLERS,
                caller -> 1);
    }

    /** A caller as its token authenticated it, with the token's expiry, which time reaches without a commit. */
    private record Authenticated(Caller caller, Token token) {
    }

    public record NewToken(String name, Instant expiresAt) {
    }

    public IssuedToken issue(Caller caller, String accountId, NewToken request) {
        if (request.expiresAt() != null && !request.expiresAt().isAfter(time.now())) {
            throw new InvalidInputException("expiresAt", Rule.FUTURE, "expiresAt must lie in the future");
        }
        return transactions.write(store -> {
            Account account = store.accounts().find(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
            requireManage(caller, account, new NotFoundException("account", accountId));
            IssuedToken issued = insert(store, accountId, request.name(), TokenSecrets.newSecret(), request.expiresAt());
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("token", issued.id());
            data.put("account", accountId);
            data.put("prefix", issued.prefix());
            data.put("expiresAt", issued.expiresAt());
            audit.record(store, caller, EventType.TOKEN_CREATED, null, data);
            return issued;
        });
    }

    /** Stores a token with a given secret: for the operator-chosen first administrator token and demo tokens. */
    IssuedToken insert(Store store, String accountId, String name, String secret, Instant expiresAt) {
        Instant expiry = expiresAt == null ? null : TimeSource.stored(expiresAt);
        Token token = new Token(Ids.next("tok"), accountId, name, TokenSecrets.prefix(secret), TokenSecrets.hash(secret),
                time.now(), expiry, null);
        store.tokens().insert(token);
        return new IssuedToken(token.id(), secret, token.prefix(), expiry);
    }

    public void revoke(Caller caller, String tokenId) {
        transactions.write(store -> {
            Token token = store.tokens().find(tokenId).orElseThrow(() -> new NotFoundException("token", tokenId));
            Account owner = store.accounts().find(token.accountId()).orElseThrow(() -> new NotFoundException("token", tokenId));
            requireManage(caller, owner, new NotFoundException("token", tokenId));
            if (token.revokedAt() != null) {
                throw new NotFoundException("token", tokenId);
            }
            store.tokens().revoke(tokenId, time.now());
            audit.record(store, caller, EventType.TOKEN_REVOKED, null, Map.of("token", tokenId, "account", owner.id()));
            return null;
        });
    }

    /** Resolves a presented secret to its caller; every kind of failure looks the same to the client. */
    public Caller authenticate(String secret) {
        return authenticate(secret, commits.generations());
    }

    /**
     * As {@link #authenticate(String)}, with what is kept read under {@code look}: a look at
     * {@link #commits()} the request took after it arrived, and shares with its other caches.
     */
    public Caller authenticate(String secret, CommitWatch.Generations look) {
        long generation = callers.generationIn(look);
        String hash = TokenSecrets.hash(secret);
        Optional<Authenticated> kept = callers.get(generation, hash).filter(known -> known.token().isUsableAt(time.now()));
        if (kept.isPresent()) {
            return kept.get().caller();
        }
        Authenticated authenticated = transactions.read(store -> {
            // accounts keep their tokens and organisations their accounts (foreign keys), so a token found has its bearer
            TokenBearer bearer = store.tokens().bearerByHash(hash)
                    .filter(candidate -> candidate.token().isUsableAt(time.now()))
                    .orElseThrow(() -> new UnauthenticatedException("the token is unknown, revoked or expired"));
            Token token = bearer.token();
            return new Authenticated(new Caller(token.accountId(), bearer.organisation(), bearer.kind(), bearer.role(), token.id()), token);
        });
        callers.put(generation, hash, authenticated);
        return authenticated.caller();
    }

    /** What the kept callers are held against: a request's one look for commits is taken here. */
    public CommitWatch commits() {
        return commits;
    }

    /** {@code invisible} is thrown to callers who may not even know the account's tokens exist. */
    static void requireManage(Caller caller, Account account, NotFoundException invisible) {
        if (caller.accountId().equals(account.id())) {
            return;
        }
        if (!caller.managesAccountsOf(account.organisation())) {
            throw invisible;
        }
        if (!caller.ranksAtLeast(account.role())) {
            throw new ForbiddenException("nobody manages the tokens of an account ranked above their own");
        }
    }
}
