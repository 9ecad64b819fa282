package nl.triade.registry.domain.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.actor.Role;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.audit.EventHistory;
import nl.triade.registry.domain.audit.EventType;

/**
 * Creates what must exist before anyone can call the API: on an empty database, the operator's
 * organisation and the first administrator with a token. Also seeds accounts with fixed tokens
 * for the demo data set.
 */
public final class AccountBootstrap {
    public static final String OPERATOR_ORGANISATION = Caller.OPERATOR_ORGANISATION;
    private static final String DEMO = "demo";
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;
    private final AccountService accounts;
    private final TokenService tokens;

    public AccountBootstrap(Transactions transactions, AuditTrail audit, TimeSource time, AccountService accounts,
                            TokenService tokens) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /**
     * Whether demo data may be seeded into this database: it is empty, or the demo created it. The
     * demo's own start records that in the first event ({@code registry.initialised} with
     * {@code demo: true}); a database the previous release made with the demo shows it by the demo's
     * seed events right after that first event. Any other database may hold real accounts, and demo
     * accounts with published tokens must never join them.
     */
    public boolean acceptsDemoData() {
        return transactions.read(store -> {
            List<Event> first = EventHistory.after(store, 0, null, 2);
            if (first.isEmpty() || Boolean.TRUE.equals(first.get(0).data().get(DEMO))) {
                return true;
            }
            return first.size() == 2 && first.get(1).type().equals(EventType.ORGANISATION_CREATED.wire())
                    && DEMO.equals(first.get(1).data().get("seed"));
        });
    }

    /**
     * On an empty database, creates the first administrator with {@code configuredToken}, or with a
     * generated token when that is null, and records whether the demo made the database. Returns the
     * generated token so it can be shown once. A database that has organisations is seen so in a
     * read, so a restart takes no write lock (see {@code EarlierTexts#attest}); the write asks again.
     */
    public Optional<String> ensureFirstAdministrator(String configuredToken, boolean demo) {
        if (!transactions.read(store -> store.organisations().isEmpty())) {
            return Optional.empty();
        }
        return transactions.write(store -> {
            if (!store.organisations().isEmpty()) {
                return Optional.empty();
            }
            store.organisations().insert(new Organisation(OPERATOR_ORGANISATION, "Triade beheer",
                    OrganisationKind.REGISTER, null, time.now()));
            Account admin = accounts.insert(store, new AccountService.NewAccount("Beheerder", "beheer@triade.invalid",
                    OPERATOR_ORGANISATION, Role.ADMINISTRATOR));
            String secret = configuredToken == null ? TokenSecrets.newSecret() : configuredToken;
            IssuedToken token = tokens.insert(store, admin.id(), "first administrator", secret, null);
            Map<String, Object> initialised = new LinkedHashMap<>(Map.of("administrator", admin.id(), "token", token.id()));
            if (demo) {
                initialised.put(DEMO, true);
            }
            audit.record(store, admin.id(), OPERATOR_ORGANISATION, EventType.REGISTRY_INITIALISED, null, initialised);
            return configuredToken == null ? Optional.of(secret) : Optional.empty();
        });
    }

    /** Creates an organisation unless its slug exists already, so a demo start is repeatable. */
    public void seedOrganisation(OrganisationService.NewOrganisation request) {
        transactions.write(store -> {
            if (store.organisations().find(request.slug()).isEmpty()) {
                store.organisations().insert(new Organisation(request.slug(), request.name(), request.kind(),
                        request.umbrella(), time.now()));
                audit.record(store, null, null, EventType.ORGANISATION_CREATED, null,
                        Map.of("slug", request.slug(), "seed", DEMO));
            }
            return null;
        });
    }

    /**
     * Gives the account with {@code email} the password whose hash is {@code hash}, unless it has
     * one already: the demo's published sign-in, repeatable like the rest of the demo.
     */
    public void seedPassword(String email, String hash) {
        transactions.write(store -> {
            store.accounts().findByEmail(email).filter(account -> store.passwords().hashOf(account.id()).isEmpty())
                    .ifPresent(account -> store.passwords().put(account.id(), hash, time.now()));
            return null;
        });
    }

    /**
     * Creates an account with a known token unless its e-mail address is taken already, so a
     * demo start is repeatable; returns the account's id, or empty when it existed.
     */
    public Optional<String> seedAccount(AccountService.NewAccount request, String secret) {
        return transactions.write(store -> {
            if (store.accounts().emailTaken(request.email())) {
                return Optional.empty();
            }
            Account account = accounts.insert(store, request);
            tokens.insert(store, account.id(), "demo", secret, null);
            audit.record(store, null, null, EventType.ACCOUNT_CREATED, null,
                    Map.of("account", account.id(), "organisation", account.organisation(), "role", account.role(),
                            "seed", DEMO));
            return Optional.of(account.id());
        });
    }
}
