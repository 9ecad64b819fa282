package nl.triade.registry.domain.document;

import static nl.triade.registry.domain.document.DocumentFixtures.content;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nl.triade.registry.domain.LimitExceededException;
import nl.triade.registry.domain.document.ContentChange.Kind;
import nl.triade.registry.domain.document.ContentChange.Part;
import nl.triade.registry.domain.document.DiffPiece.Op;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    private static List<ContentChange> between(DocumentContent before, DocumentContent after) {
        return RevisionDiff.withTextDiffs(RevisionDiff.changes(before, after, DiffLimits.DEFAULT));
    }

    @Test
    void aChangedLineIsADeleteAndAnInsertBetweenKeptLines() {
        assertEquals(List.of(new DiffPiece(Op.EQUAL, "een"), new DiffPiece(Op.DELETE, "twee"), new DiffPiece(Op.INSERT, "2"),
                        new DiffPiece(Op.EQUAL, "drie")),
                RevisionDiff.lines("een\ntwee\ndrie", "een\n2\ndrie"));
    }

    @Test
    void linesAddedAtTheEndAreInserts() {
        assertEquals(List.of(new DiffPiece(Op.EQUAL, "een"), new DiffPiece(Op.INSERT, "twee")), RevisionDiff.lines("een", "een\ntwee"));
    }

    @Test
    void sectionsAddedRemovedAndChangedAreEachReported() {
        DocumentContent before = content(List.of(new Section("weg", "Weg", "x"), new Section("blijft", "Blijft", "oud")));
        DocumentContent after = content(List.of(new Section("blijft", "Blijft", "nieuw"), new Section("nieuw", "Nieuw", "y")));
        List<ContentChange> changes = between(before, after);
        assertEquals(List.of("weg:REMOVED", "blijft:CHANGED", "nieuw:ADDED"),
                changes.stream().map(change -> change.key() + ":" + change.change()).toList());
        assertEquals(List.of(new DiffPiece(Op.DELETE, "oud"), new DiffPiece(Op.INSERT, "nieuw")), changes.get(1).lines());
        assertNull(changes.get(0).lines());
    }

    @Test
    void aChangedTitleIsAFieldChangeWithoutLines() {
        DocumentContent before = content(List.of());
        List<ContentChange> changes = between(before, before.withFields(DocumentFixtures.fields("Nieuwe titel")));
        ContentChange change = changes.get(0);
        assertEquals(Part.FIELD, change.part());
        assertEquals("title", change.key());
        assertEquals(Kind.CHANGED, change.change());
        assertEquals("Nieuwe titel", change.after());
        assertNull(change.lines());
    }

    @Test
    void identicalContentHasNoChanges() {
        assertEquals(List.of(), between(content(List.of()), content(List.of())));
    }

    @Test
    void aSectionBodyOverTheLineCapIsRefusedNamingItsFieldAndTheLimit() {
        DocumentContent before = content(List.of(new Section("lang", "Lang", "a")));
        DocumentContent after = content(List.of(new Section("lang", "Lang", "b\n".repeat(11))));
        LimitExceededException refused = assertThrows(LimitExceededException.class,
                () -> RevisionDiff.changes(before, after, new DiffLimits(10, 1_000, 100, 10_000)));
        assertEquals("diff-too-large", refused.rule().wire());
        assertEquals("sections.lang.body", refused.field());
        assertEquals(10, refused.limit());
    }

    @Test
    void aTextOverTheCharacterCapIsRefused() {
        DocumentContent before = content(List.of(new Section("lang", "Lang", "x".repeat(101))));
        DocumentContent after = content(List.of(new Section("lang", "Lang", "y")));
        LimitExceededException refused = assertThrows(LimitExceededException.class,
                () -> RevisionDiff.changes(before, after, new DiffLimits(10, 100, 100, 10_000)));
        assertEquals("sections.lang.body", refused.field());
        assertEquals(100, refused.limit());
    }

    @Test
    void changedTextsTogetherOverTheDiffCapAreRefusedAsAWhole() {
        DocumentContent before = content(List.of(new Section("een", "Een", "a".repeat(60)), new Section("twee", "Twee", "b".repeat(60))));
        DocumentContent after = content(List.of(new Section("een", "Een", "c"), new Section("twee", "Twee", "d")));
        LimitExceededException refused = assertThrows(LimitExceededException.class,
                () -> RevisionDiff.changes(before, after, new DiffLimits(10, 100, 100, 100)));
        assertEquals("changes", refused.field());
        assertEquals(100, refused.limit());
    }

    @Test
    void changedTextsTogetherOverTheLinesPerDiffAreRefusedAsAWhole() {
        DocumentContent before = content(List.of(new Section("een", "Een", "a\n".repeat(6)), new Section("twee", "Twee", "b\n".repeat(6))));
        DocumentContent after = content(List.of(new Section("een", "Een", "c"), new Section("twee", "Twee", "d")));
        LimitExceededException refused = assertThrows(LimitExceededException.class,
                () -> RevisionDiff.changes(before, after, new DiffLimits(10, 100, 12, 1_000)));
        assertEquals("changes", refused.field());
        assertEquals(12, refused.limit());
    }

    @Test
    void addedAndRemovedTextsAreNotCompared() {
        DocumentContent empty = content(List.of());
        DocumentContent full = content(List.of(new Section("lang", "Lang", "x".repeat(1_000))));
        assertEquals(1, RevisionDiff.changes(empty, full, new DiffLimits(1, 10, 1, 10)).size());
        assertEquals(1, RevisionDiff.changes(full, empty, new DiffLimits(1, 10, 1, 10)).size());
    }

    /** A word-diffed text counts against the limits like a line-diffed one, once, under the path of its field. */
    @Test
    void shortTextsWhoseWordsAreDiffedCountAgainstTheCaps() {
        Indicator before = new Indicator("pijn", "Pijn", IndicatorType.PROM, "a".repeat(101), null, null, null, null, null);
        Indicator after = new Indicator("pijn", "Pijn", IndicatorType.PROM, "b", null, null, null, null, null);
        DocumentContent none = content(List.of());
        LimitExceededException perText = assertThrows(LimitExceededException.class,
                () -> RevisionDiff.changes(none.withIndicator(before), none.withIndicator(after), new DiffLimits(10, 100, 100, 10_000)));
        assertEquals("indicators.pijn.numerator", perText.field());

        DocumentContent sixty = content(List.of(new Section("een", "Een", "a".repeat(60))));
        DocumentContent one = content(List.of(new Section("een", "Een", "c")));
        DiffLimits limits = new DiffLimits(10, 200, 100, 150);
        assertEquals(1, RevisionDiff.changes(sixty, one, limits).size(), "a section body counts once, though its lines and words are diffed");
        assertEquals(1, RevisionDiff.changes(none.withIndicator(before), none.withIndicator(after), limits).size());
        LimitExceededException together = assertThrows(LimitExceededException.class, () -> RevisionDiff.changes(
                sixty.withIndicator(before), one.withIndicator(after), limits));
        assertEquals("changes", together.field());
    }

    @Test
    void aChangedSectionListsItsChangedFieldsWithTheirWords() {
        DocumentContent before = content(List.of(new Section("a", "Titel", "Jaarlijkse controle.")));
        DocumentContent after = content(List.of(new Section("a", "Titel", "Halfjaarlijkse controle.")));
        assertEquals(List.of(new FieldChange("sections.a.body", Kind.CHANGED, "Jaarlijkse controle.", "Halfjaarlijkse controle.",
                        List.of(new DiffPiece(Op.DELETE, "Jaarlijkse"), new DiffPiece(Op.INSERT, "Halfjaarlijkse"),
                                new DiffPiece(Op.EQUAL, " controle.")))),
                between(before, after).get(0).fields());
    }

    @Test
    void aTextOverTheCharacterCapOnTheLaterSideIsRefusedToo() {
        DocumentContent before = content(List.of(new Section("lang", "Lang", "y")));
        DocumentContent after = content(List.of(new Section("lang", "Lang", "x".repeat(101))));
        assertEquals("sections.lang.body", assertThrows(LimitExceededException.class,
                () -> RevisionDiff.changes(before, after, new DiffLimits(10, 100, 100, 10_000))).field());
    }

    /** Each cap is the most allowed: a diff exactly at it is compared. */
    @Test
    void aDiffExactlyAtEveryCapIsCompared() {
        DocumentContent before = content(List.of(new Section("een", "Een", "a\n".repeat(9) + "a"),
                new Section("twee", "Twee", "b".repeat(19))));
        DocumentContent after = content(List.of(new Section("een", "Een", "c\n".repeat(9) + "c"),
                new Section("twee", "Twee", "d")));
        assertEquals(2, RevisionDiff.changes(before, after, new DiffLimits(10, 19, 22, 58)).size());
        assertThrows(LimitExceededException.class, () -> RevisionDiff.changes(before, after, new DiffLimits(10, 19, 22, 57)));
        assertThrows(LimitExceededException.class, () -> RevisionDiff.changes(before, after, new DiffLimits(10, 19, 21, 58)));
        assertThrows(LimitExceededException.class, () -> RevisionDiff.changes(before, after, new DiffLimits(10, 18, 22, 58)));
        assertThrows(LimitExceededException.class, () -> RevisionDiff.changes(before, after, new DiffLimits(9, 19, 22, 58)));
    }

    /** The werkinstructie is line-diffed and word-diffed; a field set for the first time is added whole, without field changes. */
    @Test
    void aChangedWorkInstructionHasLinesAndWordsAndAnAddedOneNeither() {
        DocumentContent none = content(List.of());
        DocumentFields fields = none.fields();
        DocumentContent first = none.withFields(new DocumentFields(fields.title(), fields.condition(), fields.summary(),
                fields.patientVersion(), fields.maintenancePlan(), fields.timelines(), fields.standardId(), fields.purpose(),
                "Eerste regel.", fields.reviewBy()));
        DocumentContent second = none.withFields(new DocumentFields(fields.title(), fields.condition(), fields.summary(),
                fields.patientVersion(), fields.maintenancePlan(), fields.timelines(), fields.standardId(), fields.purpose(),
                "Eerste regel!", fields.reviewBy()));
        ContentChange added = between(none, first).get(0);
        assertEquals(Kind.ADDED, added.change());
        assertNull(added.fields());
        assertNull(added.lines());
        ContentChange changed = between(first, second).get(0);
        assertEquals(List.of(new DiffPiece(Op.DELETE, "Eerste regel."), new DiffPiece(Op.INSERT, "Eerste regel!")), changed.lines());
        assertEquals(List.of(new DiffPiece(Op.EQUAL, "Eerste regel"), new DiffPiece(Op.DELETE, "."), new DiffPiece(Op.INSERT, "!")),
                changed.fields().get(0).words());
    }
}
