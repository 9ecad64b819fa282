package nl.triade.plugins.toetsingskader;

import static nl.triade.plugins.toetsingskader.Texts.isBlank;
import static nl.triade.plugins.toetsingskader.Texts.text;

import java.time.LocalDate;
import java.util.List;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.Finding;

/**
 * The parts a standard delivers beside its text, each present or promised on a tijdpad:
 * {@code tk-patient-version} and {@code tk-summary} (TK 2015 KS4, TK 3.0 criterion 4),
 * {@code tk-instrument} (KS5's first half, criterion 5) and {@code tk-maintenance-plan} (KS6,
 * criterion 8).
 */
final class StandardParts {
    private StandardParts() {
    }

    static void patientVersionAndSummary(DocumentSnapshot document, LocalDate today, List<Finding> findings) {
        if (isBlank(document.patientVersion()) && !document.hasPendingTimelineFor(today, "cliëntenversie", "clientenversie", "patient version")) {
            findings.add(Finding.error("tk-patient-version", "patientVersion",
                    text("Er is geen cliëntenversie, en geen tijdpad ervoor.", "There is no patient version, nor a timeline for one.")));
        }
        if (isBlank(document.summary()) && !document.hasPendingTimelineFor(today, "samenvatting", "summary")) {
            findings.add(Finding.error("tk-summary", "summary",
                    text("Er is geen samenvatting, en geen tijdpad ervoor.", "There is no summary, nor a timeline for one.")));
        }
    }

    static void maintenancePlan(DocumentSnapshot document, LocalDate today, List<Finding> findings) {
        if (document.maintenancePlan() == null && !document.hasPendingTimelineFor(today, "onderhoudsplan", "maintenance plan")) {
            findings.add(Finding.error("tk-maintenance-plan", "maintenancePlan",
                    text("Er is geen onderhoudsplan, en geen tijdpad ervoor.", "There is no maintenance plan, nor a timeline for one.")));
        }
    }

    static void instrument(DocumentSnapshot document, LocalDate today, List<Finding> findings) {
        if (document.instrumentIds().isEmpty() && !document.hasPendingTimelineFor(today, "meetinstrument", "measurement instrument")) {
            findings.add(Finding.error("tk-instrument", "instrumentIds",
                    text("Geen meetinstrument verwijst naar deze standaard, en er is geen tijdpad voor een meetinstrument.",
                            "No measurement instrument measures this standard, nor is there a timeline for one.")));
        }
    }
}
