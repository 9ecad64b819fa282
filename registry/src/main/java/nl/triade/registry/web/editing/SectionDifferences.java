package nl.triade.registry.web.editing;

import java.util.ArrayList;
import java.util.List;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.document.ContentChange;
import nl.triade.registry.domain.document.ContentChange.Kind;
import nl.triade.registry.domain.document.ContentChange.Part;
import nl.triade.registry.domain.document.DiffPiece;
import nl.triade.registry.domain.document.DiffPiece.Op;
import nl.triade.registry.domain.document.FieldChange;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.web.editing.DifferenceView.SectionDifference;

/**
 * The section changes of a revision diff as the difference page shows them: a changed title or
 * text with the word diff the API's diff made of it, an unchanged one as it is, and an added or
 * removed section as one inserted or deleted run.
 */
final class SectionDifferences {
    private SectionDifferences() {
    }

    static List<SectionDifference> of(List<ContentChange> changes) {
        List<SectionDifference> sections = new ArrayList<>();
        for (ContentChange change : changes) {
            if (change.part() == Part.SECTION) {
                sections.add(of(change));
            }
        }
        return sections;
    }

    private static SectionDifference of(ContentChange change) {
        String kind = WireNames.of(change.change());
        if (change.change() == Kind.ADDED) {
            Section added = (Section) change.after();
            return new SectionDifference(change.key(), kind, whole(Op.INSERT, added.title()), whole(Op.INSERT, added.body()));
        }
        if (change.change() == Kind.REMOVED) {
            Section removed = (Section) change.before();
            return new SectionDifference(change.key(), kind, whole(Op.DELETE, removed.title()), whole(Op.DELETE, removed.body()));
        }
        Section after = (Section) change.after();
        return new SectionDifference(change.key(), kind, words(change, "title", after.title()), words(change, "body", after.body()));
    }

    /** The word diff of the section's {@code field}, or the text unchanged when only other fields changed. */
    private static List<DiffPiece> words(ContentChange change, String field, String unchanged) {
        String path = "sections." + change.key() + "." + field;
        return change.fields().stream().filter(fieldChange -> fieldChange.path().equals(path) && fieldChange.words() != null)
                .map(FieldChange::words).findFirst().orElse(whole(Op.EQUAL, unchanged));
    }

    private static List<DiffPiece> whole(Op op, String text) {
        return List.of(new DiffPiece(op, text));
    }
}
