package nl.triade.registry.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.WorkSlots;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;

/**
 * One-time links with which a person sets the password of their account: an invitation while the
 * account has none, a reset after. Issued by whoever manages the account's credentials (the
 * account itself, an administrator, an org-admin of its organisation for accounts not ranked above
 * it); the secret is shown once and only its hash stored; a link works for {@link #VALID_FOR},
 * once, and only while it is the account's newest. Setting a password ends every session of the
 * account.
 */
public final class PasswordLinkService {
    /** Long enough for a volunteer who reads mail once a week. */
    public static final Duration VALID_FOR = Duration.ofDays(7);
    /** A volunteer organisation has a handful of accounts; a page lists no more than this. */
    public static final int MAX_LISTED = 500;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;
    private final PasswordHasher hasher;
    private final WorkSlots slots;

    public PasswordLinkService(Transactions transactions, AuditTrail audit, TimeSource time, PasswordHasher hasher,
                               WorkSlots slots) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
        this.hasher = hasher;
        this.slots = slots;
    }

    /** What the page behind a link shows: whose password it sets, and why. */
    public record LinkHolder(String accountName, String email, LinkPurpose purpose) {
    }

    /** An account as its org-admin's page lists it: whether its person can sign in yet. */
    public record Standing(Account account, boolean hasPassword) {
    }

    /**
     * The accounts of {@code organisation} (at most {@link #MAX_LISTED}, by name) with whether each
     * has a password, for those who manage its accounts; to anyone else the organisation has none
     * to show ({@code 404}).
     */
    public List<Standing> accountsOf(Caller caller, String organisation) {
        if (!caller.managesAccountsOf(organisation)) {
            throw new NotFoundException("organisation", organisation);
        }
        return transactions.read(store -> {
            List<Account> accounts = store.accounts().ofOrganisation(organisation, MAX_LISTED);
            Set<String> withPassword = store.passwords().withPassword(accounts.stream().map(Account::id).toList());
            return accounts.stream().map(account -> new Standing(account, withPassword.contains(account.id()))).toList();
        });
    }

    public IssuedPasswordLink issue(Caller caller, String accountId) {
        return transactions.write(store -> {
            Account account = store.accounts().find(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
            TokenService.requireManage(caller, account, new NotFoundException("account", accountId));
            LinkPurpose purpose = store.passwords().hashOf(accountId).isPresent() ? LinkPurpose.RESET : LinkPurpose.INVITATION;
            String secret = TokenSecrets.newSecret();
            Instant now = time.now();
            PasswordLink link = new PasswordLink(accountId, TokenSecrets.hash(secret), purpose, caller.accountId(), now,
                    now.plus(VALID_FOR));
            store.passwords().putLink(link);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("account", accountId);
            data.put("expiresAt", link.expiresAt());
            audit.record(store, caller, purpose == LinkPurpose.INVITATION ? EventType.ACCOUNT_INVITED
                    : EventType.ACCOUNT_PASSWORD_RESET, null, data);
            return new IssuedPasswordLink(accountId, purpose, secret, link.expiresAt());
        });
    }

    /** The holder of a usable link; empty for a link that is unknown, used, replaced or expired alike. */
    public Optional<LinkHolder> open(String secret) {
        return transactions.read(store -> usable(store.passwords().findLink(TokenSecrets.hash(secret)))
                .flatMap(link -> store.accounts().find(link.accountId())
                        .map(account -> new LinkHolder(account.name(), account.email(), link.purpose()))));
    }

    /**
     * Sets the password through a usable link and uses the link up; false when the link is unknown,
     * used, replaced or expired (alike). A password the policy refuses is an {@code
     * InvalidInputException} on field {@code password}, and the link stays usable. The hash is made
     * outside the transaction (it takes tens of milliseconds), so the link is checked again inside
     * it: of two racing uses, one wins.
     */
    public boolean redeem(String secret, String password) {
        String linkHash = TokenSecrets.hash(secret);
        Optional<Account> holder = transactions.read(store -> usable(store.passwords().findLink(linkHash))
                .flatMap(link -> store.accounts().find(link.accountId())));
        if (holder.isEmpty()) {
            return false;
        }
        Account account = holder.get();
        PasswordPolicy.check(password, account);
        String hash = slots.run(() -> hasher.hash(password));
        return transactions.write(store -> {
            Optional<PasswordLink> current = usable(store.passwords().findLink(linkHash));
            if (current.isEmpty()) {
                return false;
            }
            PasswordLink link = current.get();
            store.passwords().put(account.id(), hash, time.now());
            store.passwords().deleteLink(account.id());
            store.sessions().deleteOfAccount(account.id());
            audit.record(store, account.id(), account.organisation(), EventType.ACCOUNT_PASSWORD_SET, null,
                    Map.of("account", account.id(), "purpose", link.purpose()));
            return true;
        });
    }

    private Optional<PasswordLink> usable(Optional<PasswordLink> link) {
        return link.filter(candidate -> candidate.isUsableAt(time.now()));
    }
}
