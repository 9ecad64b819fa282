package nl.triade.registry.domain.account;

import java.util.Optional;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;

/** Stored organisations, ordered by slug. */
public interface OrganisationRepository {
    void insert(Organisation organisation);

    Optional<Organisation> find(String slug);

    Page<Organisation> list(PageRequest page);

    boolean isEmpty();
}
