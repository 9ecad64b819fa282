package nl.triade.registry.domain.authorisation;

import java.util.List;
import java.util.OptionalInt;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;

/** Stored decisions, all rounds, oldest first. */
public interface ApprovalRepository {
    void insert(String documentId, Approval approval);

    /** The decisions on one frozen revision, i.e. of one authorisation round. */
    List<Approval> forRevision(String documentId, int revision);

    Page<Approval> list(String documentId, PageRequest page);

    /** The frozen revision of the latest round decided on before {@code revision}, if there was one. */
    OptionalInt roundBefore(String documentId, int revision);
}
