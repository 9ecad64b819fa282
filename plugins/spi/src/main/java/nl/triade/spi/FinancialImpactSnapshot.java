package nl.triade.spi;

/**
 * A standard's financial-impact assessment (Toetsingskader 3.0, criterion 7; since SPI 1.5.0).
 * Members the authors have not filled in yet are null.
 *
 * @param effect       expected effect on the costs of care: {@code none}, {@code increase} or {@code decrease}
 * @param eurosPerYear the estimate in whole euros per year, or null
 * @param basis        what the estimate rests on, or null
 * @param significant  whether the budgetary impact is significant, or null
 * @param assessedBy   who assessed it, or null
 */
public record FinancialImpactSnapshot(String effect, Long eurosPerYear, String basis, Boolean significant, String assessedBy) {
}
