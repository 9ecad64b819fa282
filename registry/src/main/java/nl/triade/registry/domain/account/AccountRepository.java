package nl.triade.registry.domain.account;

import java.util.List;
import java.util.Optional;
import nl.triade.registry.domain.actor.Role;

/** Stored accounts. */
public interface AccountRepository {
    void insert(Account account);

    Optional<Account> find(String id);

    /** The account with this e-mail address, regardless of case. */
    Optional<Account> findByEmail(String email);

    boolean emailTaken(String email);

    /** The accounts of {@code organisation} by name, at most {@code limit}. */
    List<Account> ofOrganisation(String organisation, int limit);

    void updateRole(String id, Role role);
}
