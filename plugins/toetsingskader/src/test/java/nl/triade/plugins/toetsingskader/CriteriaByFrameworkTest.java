package nl.triade.plugins.toetsingskader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.triade.plugins.toetsingskader.RulesTest.Doc;
import nl.triade.spi.FinancialImpactSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.InformationStandardSnapshot;
import nl.triade.spi.Severity;
import nl.triade.spi.TimelineSnapshot;
import org.junit.jupiter.api.Test;

/** The criteria of a standard that differ by framework version: information standards, c7 and the transitional criterion. */
class CriteriaByFrameworkTest {
    private static final LocalDate TODAY = RulesTest.TODAY;

    private static List<Finding> findings(Doc doc) {
        return findings(doc, TODAY);
    }

    /**
     * The findings but those on a section present, which {@link ContentCriteria} judges and
     * {@link RulesTest} shows (a missing section is still named, at path {@code sections}).
     */
    private static List<Finding> findings(Doc doc, LocalDate today) {
        return Rules.check(doc.snapshot(), today).stream()
                .filter(finding -> finding.path() == null || !finding.path().startsWith("sections.")).toList();
    }

    private static List<String> severities(Doc doc) {
        return findings(doc).stream().map(finding -> finding.rule() + ":" + finding.severity()).toList();
    }

    private static FinancialImpactSnapshot impact(String effect, Long euros, String basis, Boolean significant, String assessedBy) {
        return new FinancialImpactSnapshot(effect, euros, basis, significant, assessedBy);
    }

    @Test
    void informationStandardsAreLinkedByReferenceOrTheAuthorsSayWhyNoneIsNeeded() {
        Doc doc = new Doc();
        doc.informationStandards.clear();
        assertEquals(List.of("tk-information-standard"), doc.rules());
        assertEquals("informationStandards", findings(doc).get(0).path());
        doc.informationStandards.add(new InformationStandardSnapshot(null, "Zorginformatiebouwstenen", "2020", " "));
        assertEquals(List.of("tk-information-standard"), doc.rules(), "a name alone is no reference");
        assertEquals("informationStandards[0]", findings(doc).get(0).path());
        doc.informationStandards.set(0, new InformationStandardSnapshot(null, "Zorginformatiebouwstenen", "2020", "https://zibs.nl"));
        assertEquals(List.of(), doc.rules());
        doc.informationStandards.clear();
        doc.informationStandardsNotNeeded = " ";
        assertEquals(List.of("tk-information-standard"), doc.rules());
        doc.informationStandardsNotNeeded = "De standaard vraagt geen gegevensuitwisseling.";
        assertEquals(List.of(), doc.rules());
    }

    @Test
    void informationStandardsMayBePromisedOnATijdpadThatHasNotPassed() {
        Doc doc = new Doc();
        doc.informationStandards.clear();
        doc.timelines.add(new TimelineSnapshot("Informatieparagraaf", TODAY, null));
        assertEquals(List.of(), doc.rules());
        doc.timelines.set(0, new TimelineSnapshot("informatiestandaard", TODAY.minusDays(1), null));
        assertEquals(List.of("tk-information-standard"), doc.rules());
    }

    @Test
    void aTijdpadStandsInOnlyForTheDeliverableItNames() {
        Doc doc = new Doc();
        doc.patientVersion = null;
        doc.informationStandards.clear();
        doc.timelines.add(new TimelineSnapshot("meetinstrument", TODAY.plusYears(1), null));
        assertEquals(List.of("tk-patient-version", "tk-information-standard"), doc.rules());
    }

    @Test
    void theFinancialConsequencesAreAssessedUnderToetsingskader3() {
        Doc doc = new Doc();
        doc.financialImpact = null;
        assertEquals(List.of("tk-financial-impact"), doc.rules());
        assertEquals("financialImpact", findings(doc).get(0).path());
        doc.framework = "tk-2015";
        assertEquals(List.of(), doc.rules(), "criterion 7 came with 3.0");
    }

    @Test
    void eachMissingFactOfTheAssessmentIsNamed() {
        Doc doc = new Doc();
        doc.financialImpact = impact("increase", null, " ", null, null);
        assertEquals(List.of("financialImpact.eurosPerYear", "financialImpact.basis", "financialImpact.significant",
                "financialImpact.assessedBy"), findings(doc).stream().map(Finding::path).toList());
        doc.financialImpact = impact(null, 10L, "Analyse", false, "Werkgroep");
        assertEquals(List.of("financialImpact.effect"), findings(doc).stream().map(Finding::path).toList());
        doc.financialImpact = impact("decrease", 0L, "Analyse", false, "Werkgroep");
        assertEquals(List.of(), doc.rules());
    }

    @Test
    void noEffectOnCostsNeedsNoEstimateButContradictsAnAmountOrASignificantImpact() {
        Doc doc = new Doc();
        doc.financialImpact = impact("none", null, "Alleen andere volgorde van bestaande zorg.", false, "Werkgroep");
        assertEquals(List.of(), doc.rules());
        doc.financialImpact = impact("none", 0L, "Geen extra zorg.", false, "Werkgroep");
        assertEquals(List.of(), doc.rules());
        doc.financialImpact = impact("none", 5_000L, "Geen extra zorg.", false, "Werkgroep");
        assertEquals(List.of("tk-financial-impact:ERROR"), severities(doc));
        doc.financialImpact = impact("none", null, "Geen extra zorg.", true, "Werkgroep");
        assertEquals(List.of("tk-financial-impact:ERROR"), severities(doc));
    }

    @Test
    void aSignificantImpactMarksTheStandardForTheRegisterWithoutFailingIt() {
        Doc doc = new Doc();
        doc.financialImpact = impact("increase", 40_000_000L, "Budgetimpactanalyse", true, "Werkgroep");
        assertEquals(List.of("tk-financial-impact:WARNING"), severities(doc));
        Finding marked = findings(doc).get(0);
        assertEquals("financialImpact.significant", marked.path());
        assertTrue(marked.message().contains("minister") && marked.message().contains("tk3-c7"), marked.message());
        doc.financialImpact = impact("increase", 40_000_000L, "Budgetimpactanalyse", true, " ");
        assertEquals(List.of("tk-financial-impact:ERROR"), severities(doc), "an incomplete assessment is not yet marked");
    }

    @Test
    void withoutAVersionFromTheHostTheVersionInForceTodayApplies() {
        Doc doc = new Doc();
        doc.framework = null;
        doc.financialImpact = null;
        assertEquals(List.of("tk-financial-impact"), doc.rules());
        assertEquals(List.of(), findings(doc, LocalDate.of(2021, 6, 30)).stream().map(Finding::rule).toList());
        assertEquals(1, findings(doc, LocalDate.of(2021, 7, 1)).size());
        doc.framework = "tk-4";
        assertEquals(List.of("tk-financial-impact"), doc.rules(), "a later version is judged by the newest known");
    }

    @Test
    void aStandardDevelopedBefore2014HasItsMissingPartsWaivedUnderToetsingskader2015() {
        Doc doc = new Doc();
        doc.framework = "tk-2015";
        doc.developedIn = 2012;
        doc.patientVersion = null;
        doc.summary = null;
        doc.instruments.clear();
        doc.informationStandards.clear();
        assertEquals(List.of("tk-patient-version:WARNING", "tk-summary:WARNING", "tk-instrument:WARNING",
                "tk-information-standard:WARNING", "tk-transitional:INFO"), severities(doc));
        assertTrue(findings(doc).get(0).message().endsWith("(Waived until the next revision (transitional provision).)"),
                findings(doc).get(0).message());
    }

    @Test
    void theTransitionalCriterionStillNeedsThePartiesTheCareAndAMaintenancePlan() {
        Doc doc = new Doc();
        doc.framework = "tk-2015";
        doc.developedIn = 2013;
        doc.plan = null;
        doc.timelines.add(new TimelineSnapshot("onderhoudsplan", TODAY.plusMonths(3), null));
        assertEquals(List.of("tk-transitional:ERROR"), severities(doc), "a tijdpad does not schedule the revision");
        doc.sections.clear();
        doc.participants.remove(0);
        assertEquals(List.of("tk-parties:ERROR", "tk-care-content:ERROR", "tk-care-organisation:ERROR", "tk-substantiation:ERROR",
                "tk-transitional:ERROR"), severities(doc));
    }

    @Test
    void from2014OrUnderToetsingskader3NothingIsWaived() {
        Doc doc = new Doc();
        doc.framework = "tk-2015";
        doc.developedIn = 2014;
        doc.summary = null;
        assertEquals(List.of("tk-summary:ERROR"), severities(doc));
        doc.framework = "tk-3";
        doc.developedIn = 2012;
        assertEquals(List.of("tk-summary:ERROR", "tk-transitional:INFO"), severities(doc));
    }
}
