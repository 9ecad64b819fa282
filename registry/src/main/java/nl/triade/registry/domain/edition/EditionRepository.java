package nl.triade.registry.domain.edition;

import java.util.List;
import java.util.Optional;

/** The registered editions. Append-only: a registered edition is history. */
public interface EditionRepository {
    void insert(Edition edition);

    /** A document's editions, oldest first. */
    List<Edition> of(String documentId);

    Optional<Edition> find(String documentId, int version);
}
