package nl.triade.registry.http.account;

import nl.triade.registry.domain.actor.Role;
import nl.triade.registry.http.InputCheck;

/** Body of {@code PATCH /accounts/{id}}: a merge patch whose only changeable member is the role. */
record AccountUpdate(Role role) {

    Role validated() {
        new InputCheck().required("role", role).check();
        return role;
    }
}
