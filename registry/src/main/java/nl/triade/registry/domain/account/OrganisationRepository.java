package nl.triade.registry.domain.account;

import java.util.Optional;
import java.util.Set;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.actor.OrganisationKind;

/** Stored organisations, ordered by slug. */
public interface OrganisationRepository {
    void insert(Organisation organisation);

    Optional<Organisation> find(String slug);

    Page<Organisation> list(PageRequest page);

    boolean isEmpty();

    /** The kinds of which at least one organisation exists. */
    Set<OrganisationKind> kindsPresent();
}
