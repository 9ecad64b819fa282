package nl.triade.registry.domain.document;

/** Onderhoudsplan: who keeps the document current and how often it is reviewed. */
public record MaintenancePlan(String maintainedBy, int reviewIntervalMonths) {
}
