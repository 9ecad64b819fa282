package nl.triade.registry.domain.account;

import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.actor.Role;

/** A token with what it speaks for: its account's organisation and role, and that organisation's kind. */
public record TokenBearer(Token token, String organisation, Role role, OrganisationKind kind) {
}
