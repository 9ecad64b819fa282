package nl.triade.registry.domain.account;

import java.util.Map;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.Ids;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.Role;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;

/**
 * Creating, reading and re-ranking accounts. Administrators manage every account; an org-admin
 * manages the accounts of its own organisation. Roles only go downward: nobody creates or changes
 * an account ranked above themselves, nobody changes their own role, and administrators exist
 * only in the operator organisation.
 */
public final class AccountService {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;

    public AccountService(Transactions transactions, AuditTrail audit, TimeSource time) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
    }

    public record NewAccount(String name, String email, String organisation, Role role) {
    }

    public Account create(Caller caller, NewAccount request) {
        if (!caller.managesAccountsOf(request.organisation())) {
            throw new ForbiddenException("only administrators, or org-admins of '" + request.organisation()
                    + "', create accounts there");
        }
        if (!caller.ranksAtLeast(request.role())) {
            throw new ForbiddenException("nobody creates an account with a role above their own");
        }
        return transactions.write(store -> {
            Account account = insert(store, request);
            audit.record(store, caller, EventType.ACCOUNT_CREATED, null, Map.of(
                    "account", account.id(), "organisation", account.organisation(), "role", account.role()));
            return account;
        });
    }

    /** Inserts without a permission check: for bootstrapping the first administrator and the demo data only. */
    Account insert(Store store, NewAccount request) {
        if (store.organisations().find(request.organisation()).isEmpty()) {
            throw new InvalidInputException("organisation", Rule.MUST_EXIST,
                    "organisation '" + request.organisation() + "' does not exist");
        }
        requireOperatorForAdministrator(request.organisation(), request.role());
        if (store.accounts().emailTaken(request.email())) {
            throw new RuleViolationException(Rule.EMAIL_TAKEN, "email", "an account with this e-mail address already exists");
        }
        Account account = new Account(Ids.next("acc"), request.name(), request.email(), request.organisation(),
                request.role(), time.now());
        store.accounts().insert(account);
        return account;
    }

    /**
     * Gives an account another role. The caller must manage the account's organisation, rank at
     * least as high as both its current and its new role, and not be the account itself (so the
     * last administrator cannot lock the operator out).
     */
    public Account changeRole(Caller caller, String id, Role role) {
        return transactions.write(store -> {
            Account account = store.accounts().find(id).orElseThrow(() -> new NotFoundException("account", id));
            if (!caller.accountId().equals(id) && !caller.managesAccountsOf(account.organisation())) {
                throw new NotFoundException("account", id);
            }
            if (caller.accountId().equals(id)) {
                throw new ForbiddenException("nobody changes their own role");
            }
            if (!caller.ranksAtLeast(account.role()) || !caller.ranksAtLeast(role)) {
                throw new ForbiddenException("nobody changes the role of an account ranked above their own, "
                        + "or gives a role above their own");
            }
            requireOperatorForAdministrator(account.organisation(), role);
            if (account.role() == role) {
                return account;
            }
            Account changed = account.withRole(role);
            store.accounts().updateRole(id, role);
            audit.record(store, caller, EventType.ACCOUNT_ROLE_CHANGED, null,
                    Map.of("account", id, "from", account.role(), "to", role));
            return changed;
        });
    }

    private static void requireOperatorForAdministrator(String organisation, Role role) {
        if (role == Role.ADMINISTRATOR && !AccountBootstrap.OPERATOR_ORGANISATION.equals(organisation)) {
            throw new RuleViolationException(Rule.ADMINISTRATOR_OUTSIDE_OPERATOR, "role", "administrators belong to the "
                    + "operator organisation '" + AccountBootstrap.OPERATOR_ORGANISATION + "' only");
        }
    }

    public Account get(Caller caller, String id) {
        Account account = transactions.read(store -> store.accounts().find(id))
                .orElseThrow(() -> new NotFoundException("account", id));
        if (!caller.accountId().equals(id) && !caller.managesAccountsOf(account.organisation())) {
            throw new NotFoundException("account", id);
        }
        return account;
    }
}
