package nl.triade.registry.domain.validation;

import nl.triade.registry.domain.document.Document;

/**
 * A document as its validation report's reader sees it: the document now, its newest report
 * ({@code latest}, null while none was made), and whether the reader may run the validators again
 * ({@code mayRun}: its participants and administrators, as {@link ValidationService#run} allows).
 */
public record ValidationReading(Document document, ValidationReport latest, boolean mayRun) {

    /** Whether the text changed after the newest report: it then judges an earlier text. */
    public boolean outdated() {
        return latest != null && !latest.contentHash().equals(document.contentHash());
    }
}
