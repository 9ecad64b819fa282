package nl.triade.registry.domain.document;

import java.util.List;

/** The registered editions. Append-only: a registered edition is history. */
public interface EditionRepository {
    void insert(Edition edition);

    /** A document's editions, oldest first. */
    List<Edition> of(String documentId);
}
