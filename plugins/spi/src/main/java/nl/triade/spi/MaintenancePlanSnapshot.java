package nl.triade.spi;

/**
 * The onderhoudsplan (maintenance plan).
 *
 * @param maintainedBy         who keeps the document current
 * @param reviewIntervalMonths how often it is reviewed
 */
public record MaintenancePlanSnapshot(String maintainedBy, int reviewIntervalMonths) {
}
