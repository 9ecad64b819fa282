package nl.triade.registry.domain.document;

import java.time.LocalDate;
import nl.triade.registry.domain.CanonicalJson;

/** Tijdpad: a deliverable that is still missing, with the date by which it will be there. */
public record Timeline(@CanonicalJson.Name("deliverable") String deliverable,
                       @CanonicalJson.Name("dueDate") LocalDate dueDate,
                       @CanonicalJson.Name("description") String description) {
}
