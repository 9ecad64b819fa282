package nl.triade.registry.domain.consultation;

import nl.triade.registry.domain.actor.OrganisationKind;

/**
 * Who wrote a comment or its answer: the organisation, always shown, and the account with its name,
 * shown only to those who may see names (null otherwise, and for a reviewer plugin, which is no person).
 */
public record Speaker(String organisation, String organisationName, OrganisationKind organisationKind, String account,
                      String accountName) {
}
