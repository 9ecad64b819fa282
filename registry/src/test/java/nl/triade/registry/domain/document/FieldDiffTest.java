package nl.triade.registry.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.document.ContentChange.Kind;
import org.junit.jupiter.api.Test;

/**
 * Field changes go down to the smallest field that changed, and a list shows which items were added,
 * removed or changed. Evidence is compared here, on the content itself: the API replaces evidence
 * (a new id) rather than edit it, so two revisions over HTTP never hold changed evidence under one id.
 */
class FieldDiffTest {
    private static final PropertyStudy VALID = new PropertyStudy(MeasurementProperty.VALIDITY, StudyResult.ESTABLISHED, null);
    private static final PropertyStudy RELIABLE = new PropertyStudy(MeasurementProperty.RELIABILITY, StudyResult.ESTABLISHED, "ICC 0,82");

    private static Evidence evidence(String summary, List<PropertyStudy> studies) {
        return new Evidence("ev_1", EvidenceType.LITERATURE, "Validatiestudie", summary, 240, LocalDate.of(2026, 3, 1), null,
                studies, "volwassenen met COPD", null);
    }

    private static List<String> described(List<FieldChange> changes) {
        return changes.stream().map(change -> change.path() + " " + change.change() + " " + change.before() + " -> " + change.after())
                .toList();
    }

    @Test
    void aStudyAddedInFrontAndAResultChangedAreOneAddedAndOneChangedItem() {
        Evidence before = evidence("Twee studies", List.of(VALID, RELIABLE));
        PropertyStudy power = new PropertyStudy(MeasurementProperty.DISCRIMINATING_POWER, StudyResult.NOT_STUDIED, null);
        PropertyStudy unreliable = new PropertyStudy(MeasurementProperty.RELIABILITY, StudyResult.NOT_ESTABLISHED, "ICC 0,82");
        Evidence after = evidence("Drie studies", List.of(power, VALID, unreliable));

        assertEquals(List.of("evidence.ev_1.summary CHANGED Twee studies -> Drie studies",
                        "evidence.ev_1.studies.0 ADDED null -> " + power,
                        "evidence.ev_1.studies.2.result CHANGED ESTABLISHED -> NOT_ESTABLISHED"),
                described(FieldDiff.between("evidence.ev_1", before, after)));
    }

    @Test
    void itemsWithoutAMatchingKeyAreRemovedAndAddedByTheirOwnPositions() {
        Evidence before = evidence("Studies", List.of(VALID, RELIABLE));
        PropertyStudy power = new PropertyStudy(MeasurementProperty.DISCRIMINATING_POWER, StudyResult.ESTABLISHED, null);
        assertEquals(List.of("evidence.ev_1.studies.1 REMOVED " + RELIABLE + " -> null",
                        "evidence.ev_1.studies.1 ADDED null -> " + power),
                described(FieldDiff.between("evidence.ev_1", before, evidence("Studies", List.of(VALID, power)))));
    }

    @Test
    void aValueSetOrClearedIsAddedOrRemovedAndEqualValuesAreNoChange() {
        Indicator without = new Indicator("pijn", "Pijn", IndicatorType.PROM, null, "Alle patiënten", null, null, null, null);
        Indicator with = new Indicator("pijn", "Pijn", IndicatorType.PROM, null, "Alle patiënten", "Kanker", null, null, null);
        assertEquals(List.of(new FieldChange("indicators.pijn.exclusions", Kind.ADDED, null, "Kanker", null)),
                FieldDiff.between("indicators.pijn", without, with));
        assertEquals(List.of(new FieldChange("indicators.pijn.exclusions", Kind.REMOVED, "Kanker", null, null)),
                FieldDiff.between("indicators.pijn", with, without));
        assertEquals(List.of(), FieldDiff.between("indicators.pijn", with, with));
    }

    @Test
    void onlyTextOnBothSidesGetsAWordDiff() {
        FieldChange text = new FieldChange("sections.a.title", Kind.CHANGED, "Oude titel", "Nieuwe titel", null).withWords();
        assertEquals(List.of(new DiffPiece(DiffPiece.Op.DELETE, "Oude"), new DiffPiece(DiffPiece.Op.INSERT, "Nieuwe"),
                new DiffPiece(DiffPiece.Op.EQUAL, " titel")), text.words());
        assertEquals(null, new FieldChange("x", Kind.CHANGED, 36, 24, null).withWords().words());
        assertEquals(null, new FieldChange("x", Kind.ADDED, null, "tekst", null).withWords().words());
        assertEquals(null, new FieldChange("x", Kind.CHANGED, StudyResult.ESTABLISHED, StudyResult.NOT_STUDIED, null).withWords().words());
    }

    private static Timeline due(String deliverable) {
        return new Timeline(deliverable, LocalDate.of(2027, 6, 30), null);
    }

    /** Two items removed together, and two stretches apart: each removed item once, by its own position. */
    @Test
    void removedItemsAreEachNamedOnceByTheirPositionsInTheEarlierList() {
        List<Timeline> five = List.of(due("a"), due("b"), due("c"), due("d"), due("e"));
        assertEquals(List.of("timelines.1 REMOVED", "timelines.2 REMOVED"),
                FieldDiff.between("timelines", five, List.of(due("a"), due("d"), due("e"))).stream()
                        .map(change -> change.path() + " " + change.change()).toList());
        assertEquals(List.of("timelines.1 REMOVED", "timelines.3 REMOVED"),
                FieldDiff.between("timelines", five, List.of(due("a"), due("c"), due("e"))).stream()
                        .map(change -> change.path() + " " + change.change()).toList());
    }
}
