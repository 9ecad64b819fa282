package nl.triade.registry.domain.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import nl.triade.registry.domain.Store;

/** What other features may know of accounts: the name that says who acted, never the e-mail address or role. */
public final class AccountDirectory {
    private AccountDirectory() {
    }

    /** The name of each of {@code ids} that exists; unknown ids are left out. */
    public static Map<String, String> namesOf(Store store, Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        for (String id : ids) {
            store.accounts().find(id).ifPresent(account -> names.put(id, account.name()));
        }
        return names;
    }
}
