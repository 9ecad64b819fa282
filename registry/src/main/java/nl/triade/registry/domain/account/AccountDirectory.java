package nl.triade.registry.domain.account;

import java.util.Optional;
import nl.triade.registry.domain.Store;

/**
 * What other features may know of an account: its name and organisation. Names are personal data;
 * the feature that shows one decides who may see it.
 */
public final class AccountDirectory {
    private AccountDirectory() {
    }

    /** The account {@code id}, if it exists. */
    public static Optional<Account> find(Store store, String id) {
        return store.accounts().find(id);
    }
}
