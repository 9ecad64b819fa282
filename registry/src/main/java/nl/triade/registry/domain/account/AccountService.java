package nl.triade.registry.domain.account;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.Ids;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.audit.AuditTrail;

/**
 * Creating and reading accounts. Administrators manage every account; an org-admin manages the
 * accounts of its own organisation but can never mint an administrator.
 */
public final class AccountService {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public AccountService(Transactions transactions, AuditTrail audit, Clock clock) {
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewAccount(String name, String email, String organisation, Role role) {
    }

    public Account create(Caller caller, NewAccount request) {
        if (!caller.managesAccountsOf(request.organisation())) {
            throw new ForbiddenException("only administrators, or org-admins of '" + request.organisation()
                    + "', create accounts there");
        }
        if (request.role() == Role.ADMINISTRATOR && !caller.isAdministrator()) {
            throw new ForbiddenException("only administrators create administrators");
        }
        return transactions.write(store -> {
            Account account = insert(store, request);
            audit.record(store.events(), caller, "account.created", null, Map.of(
                    "account", account.id(), "organisation", account.organisation(), "role", account.role()));
            return account;
        });
    }

    /** Inserts without a permission check: for bootstrapping the first administrator and the demo data only. */
    Account insert(Store store, NewAccount request) {
        if (store.organisations().find(request.organisation()).isEmpty()) {
            throw new InvalidInputException("organisation", "must-exist",
                    "organisation '" + request.organisation() + "' does not exist");
        }
        if (store.accounts().emailTaken(request.email())) {
            throw new RuleViolationException("email-taken", "email", "an account with this e-mail address already exists");
        }
        Account account = new Account(Ids.next("acc"), request.name(), request.email(), request.organisation(),
                request.role(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        store.accounts().insert(account);
        return account;
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
