package nl.triade.registry.domain.document;

import java.time.LocalDate;
import nl.triade.registry.domain.CanonicalJson;

/**
 * Tijdpad: a deliverable that is still missing, with the date by which it will be there. It stands
 * in for the deliverable only until that date has passed.
 */
public record Timeline(@CanonicalJson.Name("deliverable") String deliverable,
                       @CanonicalJson.Name("dueDate") LocalDate dueDate,
                       @CanonicalJson.Name("description") String description) {

    /** Whether its due date lies before {@code today}: a deliverable due today is not late yet. */
    public boolean isOverdueOn(LocalDate today) {
        return dueDate.isBefore(today);
    }
}
