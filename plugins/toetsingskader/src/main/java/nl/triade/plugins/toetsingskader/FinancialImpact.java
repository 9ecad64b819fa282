package nl.triade.plugins.toetsingskader;

import static nl.triade.plugins.toetsingskader.Texts.isBlank;
import static nl.triade.plugins.toetsingskader.Texts.text;

import java.util.List;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.FinancialImpactSnapshot;

/**
 * {@code tk-financial-impact}: Toetsingskader 3.0, criterion 7. A standard states its expected effect
 * on the costs of care, an estimate per year with its basis, whether the budgetary impact is
 * significant and who assessed it. A significant impact does not fail the standard: it is marked
 * for the Register, which may refer it to the minister, who may refuse to have it registered.
 */
final class FinancialImpact {
    private static final String RULE = "tk-financial-impact";

    private FinancialImpact() {
    }

    static void check(DocumentSnapshot document, List<Finding> findings) {
        FinancialImpactSnapshot impact = document.financialImpact();
        if (impact == null) {
            findings.add(Finding.error(RULE, "financialImpact", text("Er is geen beoordeling van de financiële gevolgen.",
                    "There is no assessment of the financial consequences.")));
            return;
        }
        int before = findings.size();
        boolean none = "none".equals(impact.effect());
        if (impact.effect() == null) {
            findings.add(Finding.error(RULE, "financialImpact.effect", text("Het verwachte effect op de kosten ontbreekt.",
                    "The expected effect on costs is missing.")));
        } else if (!none && impact.eurosPerYear() == null) {
            findings.add(Finding.error(RULE, "financialImpact.eurosPerYear", text("Een schatting in euro per jaar ontbreekt.",
                    "An estimate in euros per year is missing.")));
        } else if (none && (impact.eurosPerYear() != null && impact.eurosPerYear() != 0 || Boolean.TRUE.equals(impact.significant()))) {
            findings.add(Finding.error(RULE, "financialImpact.effect", text("Geen effect op de kosten, maar wel een bedrag of aanzienlijke gevolgen.",
                    "No effect on costs, yet an amount or a significant impact.")));
        }
        missing(impact.basis(), "basis", "De onderbouwing van de schatting ontbreekt.", "The basis of the estimate is missing.", findings);
        if (impact.significant() == null) {
            findings.add(Finding.error(RULE, "financialImpact.significant", text("Niet vermeld of de budgettaire gevolgen aanzienlijk zijn.",
                    "Whether the budgetary impact is significant is not stated.")));
        }
        missing(impact.assessedBy(), "assessedBy", "Niet vermeld wie de gevolgen beoordeelde.", "Who assessed the impact is not stated.",
                findings);
        if (findings.size() == before && impact.significant()) {
            findings.add(Finding.warning(RULE, "financialImpact.significant",
                    text("Aanzienlijke budgettaire gevolgen: het Zorginstituut kan de standaard aan de minister voorleggen, "
                                    + "die opname in het Register kan weigeren (criterium tk3-c7).",
                            "Significant budgetary impact: the Register may refer the standard to the minister, "
                                    + "who may refuse to have it registered (criterion tk3-c7).")));
        }
    }

    private static void missing(String value, String member, String dutch, String english, List<Finding> findings) {
        if (isBlank(value)) {
            findings.add(Finding.error(RULE, "financialImpact." + member, text(dutch, english)));
        }
    }
}
