package nl.triade.registry.domain.account;

import java.time.Instant;
import nl.triade.registry.domain.actor.Role;

/** A person or system acting for exactly one organisation. */
public record Account(String id, String name, String email, String organisation, Role role, Instant createdAt) {

    public Account withRole(Role newRole) {
        return new Account(id, name, email, organisation, newRole, createdAt);
    }
}
