package nl.triade.registry.http.account;

import java.time.Instant;
import nl.triade.registry.domain.account.Account;
import nl.triade.registry.domain.actor.Role;

/** Schema {@code Account}. */
record AccountResponse(String id, String name, String email, String organisation, Role role, Instant createdAt) {

    static AccountResponse of(Account account) {
        return new AccountResponse(account.id(), account.name(), account.email(), account.organisation(),
                account.role(), account.createdAt());
    }
}
