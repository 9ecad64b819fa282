package nl.triade.registry.domain.document;

import nl.triade.registry.domain.CanonicalJson;

/** Onderhoudsplan: who keeps the document current and how often it is reviewed. */
public record MaintenancePlan(@CanonicalJson.Name("maintainedBy") String maintainedBy,
                              @CanonicalJson.Name("reviewIntervalMonths") int reviewIntervalMonths) {
}
