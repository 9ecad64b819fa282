package nl.triade.registry.domain.document;

import java.util.List;

/**
 * One difference between two revisions: which part ({@code field}, {@code section},
 * {@code indicator}, {@code participant}, {@code evidence} or {@code absence}) under which key (an
 * absence statement's key is its party), how it changed, the values before and after, for changed
 * text a line diff (null otherwise), and for a changed part or field which of its fields changed
 * ({@link FieldChange}; null when the part was added or removed).
 */
public record ContentChange(Part part, String key, Kind change, Object before, Object after, List<DiffPiece> lines,
                            List<FieldChange> fields) {

    /** A change without its field changes: an added or removed part. */
    public ContentChange(Part part, String key, Kind change, Object before, Object after, List<DiffPiece> lines) {
        this(part, key, change, before, after, lines, null);
    }

    /** The kind of part that changed. */
    public enum Part {
        FIELD, SECTION, INDICATOR, PARTICIPANT, EVIDENCE, ABSENCE
    }

    /** How it changed. */
    public enum Kind {
        ADDED, REMOVED, CHANGED
    }
}
