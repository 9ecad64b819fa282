package nl.triade.registry.http.account;

import java.time.Instant;
import nl.triade.registry.domain.account.Organisation;
import nl.triade.registry.domain.actor.OrganisationKind;

/** Schema {@code Organisation}. */
record OrganisationResponse(String slug, String name, OrganisationKind kind, String umbrella, Instant createdAt) {

    static OrganisationResponse of(Organisation organisation) {
        return new OrganisationResponse(organisation.slug(), organisation.name(), organisation.kind(),
                organisation.umbrella(), organisation.createdAt());
    }
}
