package nl.triade.registry.domain.agenda;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;

/** The agenda's items. */
public interface AgendaRepository {
    void insert(AgendaItem item);

    /** Stores {@code item} if the stored one still has revision {@code expected}; false when it has changed since. */
    boolean update(AgendaItem item, int expected);

    Optional<AgendaItem> find(String id);

    /** Items by deadline, earliest first, optionally only those with {@code status} (null: all). */
    Page<AgendaItem> list(AgendaStatus status, PageRequest page);

    /** Open items whose deadline lies before {@code today}, earliest first, at most {@code limit}. */
    List<AgendaItem> openBefore(LocalDate today, int limit);

    /** Records {@code link}; false when the document was linked to the item before. */
    boolean link(AgendaLink link);

    /** The documents linked to item {@code itemId}, in the order they were linked. */
    List<AgendaLink> links(String itemId);
}
