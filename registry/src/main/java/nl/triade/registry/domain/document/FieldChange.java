package nl.triade.registry.domain.document;

import java.util.List;
import nl.triade.registry.domain.document.ContentChange.Kind;

/**
 * One changed field inside a changed part or document field: where it is ({@code path}, canonical
 * names and part keys joined by dots, list items by position, e.g.
 * {@code indicators.pijn.exclusions} or {@code evidence.ev_1.studies.0.result}), how it changed, the
 * values before and after, and for a text on both sides its word diff ({@code words}, null otherwise
 * and until the expensive part of the diff has run).
 */
public record FieldChange(String path, Kind change, Object before, Object after, List<DiffPiece> words) {

    /** A text changed on both sides: the only kind of field change that gets a word diff. */
    boolean isText() {
        return before instanceof String && after instanceof String;
    }

    FieldChange withWords() {
        return isText() ? new FieldChange(path, change, before, after, TextDiff.words((String) before, (String) after)) : this;
    }
}
