package nl.triade.registry.domain.document;

import static nl.triade.registry.domain.document.DocumentFixtures.content;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import nl.triade.registry.domain.document.ContentChange.Kind;
import nl.triade.registry.domain.document.ContentChange.Part;
import nl.triade.registry.domain.document.DiffLine.Op;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    @Test
    void aChangedLineIsADeleteAndAnInsertBetweenKeptLines() {
        assertEquals(List.of(new DiffLine(Op.EQUAL, "een"), new DiffLine(Op.DELETE, "twee"), new DiffLine(Op.INSERT, "2"),
                        new DiffLine(Op.EQUAL, "drie")),
                RevisionDiff.lines("een\ntwee\ndrie", "een\n2\ndrie"));
    }

    @Test
    void linesAddedAtTheEndAreInserts() {
        assertEquals(List.of(new DiffLine(Op.EQUAL, "een"), new DiffLine(Op.INSERT, "twee")), RevisionDiff.lines("een", "een\ntwee"));
    }

    @Test
    void sectionsAddedRemovedAndChangedAreEachReported() {
        DocumentContent before = content(List.of(new Section("weg", "Weg", "x"), new Section("blijft", "Blijft", "oud")));
        DocumentContent after = content(List.of(new Section("blijft", "Blijft", "nieuw"), new Section("nieuw", "Nieuw", "y")));
        List<ContentChange> changes = RevisionDiff.between(before, after);
        assertEquals(List.of("weg:REMOVED", "blijft:CHANGED", "nieuw:ADDED"),
                changes.stream().map(change -> change.key() + ":" + change.change()).toList());
        assertEquals(List.of(new DiffLine(Op.DELETE, "oud"), new DiffLine(Op.INSERT, "nieuw")), changes.get(1).lines());
        assertNull(changes.get(0).lines());
    }

    @Test
    void aChangedTitleIsAFieldChangeWithoutLines() {
        DocumentContent before = content(List.of());
        List<ContentChange> changes = RevisionDiff.between(before, before.withFields(DocumentFixtures.fields("Nieuwe titel")));
        ContentChange change = changes.get(0);
        assertEquals(Part.FIELD, change.part());
        assertEquals("title", change.key());
        assertEquals(Kind.CHANGED, change.change());
        assertEquals("Nieuwe titel", change.after());
        assertNull(change.lines());
    }

    @Test
    void identicalContentHasNoChanges() {
        assertEquals(List.of(), RevisionDiff.between(content(List.of()), content(List.of())));
    }
}
