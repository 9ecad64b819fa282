package nl.triade.plugins.toetsingskader;

import static nl.triade.plugins.toetsingskader.Texts.text;

import java.util.List;
import java.util.Set;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.Severity;

/**
 * {@code tk-transitional}: the transitional criterion of Toetsingskader 2015 for standards developed
 * before 2014, when offering standards jointly became the parties' statutory task. Triade's reading
 * (README, "The Register's criteria"): the parties offer it jointly now, the content and
 * organisation of care are described, and a maintenance plan (itself, not a tijdpad) schedules the
 * revision that brings it up to the framework; until then the cliëntenversie, the summary, the
 * measurement instrument and the information standards are waived (their errors become warnings).
 * Toetsingskader 3.0 has no transitional criterion: every criterion applies.
 */
final class Transitional {
    private static final int STATUTORY_TASK_FROM = 2014;
    private static final Set<String> WAIVED = Set.of("tk-patient-version", "tk-summary", "tk-instrument", "tk-information-standard");

    private Transitional() {
    }

    static boolean applies(DocumentSnapshot document) {
        return document.developedIn() != null && document.developedIn() < STATUTORY_TASK_FROM;
    }

    /** The findings of a TK 2015 judgement of a standard developed before 2014, with what the provision waives waived. */
    static void waive(DocumentSnapshot document, List<Finding> findings) {
        findings.replaceAll(finding -> finding.severity() == Severity.ERROR && WAIVED.contains(finding.rule())
                ? Finding.warning(finding.rule(), finding.path(), finding.message()
                        + " " + text("Vrijgesteld tot de volgende herziening (overgangsbepaling).", "Waived until the next revision (transitional provision)."))
                : finding);
        if (document.maintenancePlan() == null) {
            findings.add(Finding.error("tk-transitional", "maintenancePlan",
                    text("Een standaard van vóór 2014 heeft een onderhoudsplan nodig dat de herziening naar het toetsingskader plant.",
                            "A standard developed before 2014 needs a maintenance plan that schedules its revision to the framework.")));
        } else {
            findings.add(Finding.info("tk-transitional", "developedIn",
                    text("Overgangsbepaling toegepast: ontwikkeld in " + document.developedIn() + ".",
                            "Transitional provision applied: developed in " + document.developedIn() + ".")));
        }
    }

    /** Under Toetsingskader 3.0 a standard developed before 2014 is told that no criterion is waived. */
    static void notUnderTk3(DocumentSnapshot document, List<Finding> findings) {
        findings.add(Finding.info("tk-transitional", "developedIn",
                text("Toetsingskader 3.0 kent geen overgangsbepaling: alle criteria gelden.",
                        "Toetsingskader 3.0 has no transitional provision: every criterion applies.")));
    }
}
