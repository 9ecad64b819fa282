package nl.triade.plugins.toetsingskader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.Finding;

/**
 * The criteria of a standard beside its text, by framework version: both versions ask for the
 * patient version and summary, the measurement instrument, the information standards and the
 * maintenance plan; 3.0 adds the financial consequences (criterion 7), 2015 has the transitional
 * criterion for standards developed before 2014.
 */
final class StandardCriteria {
    private StandardCriteria() {
    }

    static void check(DocumentSnapshot document, LocalDate today, List<Finding> findings) {
        List<Finding> own = new ArrayList<>();
        StandardParts.patientVersionAndSummary(document, today, own);
        StandardParts.maintenancePlan(document, today, own);
        StandardParts.instrument(document, today, own);
        InformationStandards.check(document, today, own);
        if (FrameworkVersion.of(document, today) == FrameworkVersion.TK_3) {
            FinancialImpact.check(document, own);
            if (Transitional.applies(document)) {
                Transitional.notUnderTk3(document, own);
            }
        } else if (Transitional.applies(document)) {
            Transitional.waive(document, own);
        }
        findings.addAll(own);
    }
}
