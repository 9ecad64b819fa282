package nl.triade.registry.domain.document;

import java.util.List;

/**
 * One difference between two revisions: which part ({@code field}, {@code section},
 * {@code indicator}, {@code participant}, {@code evidence} or {@code absence}) under which key (an
 * absence statement's key is its party), how it changed, the values before and after, and for
 * changed text a line diff (null otherwise).
 */
public record ContentChange(Part part, String key, Kind change, Object before, Object after, List<DiffLine> lines) {

    /** The kind of part that changed. */
    public enum Part {
        FIELD, SECTION, INDICATOR, PARTICIPANT, EVIDENCE, ABSENCE
    }

    /** How it changed. */
    public enum Kind {
        ADDED, REMOVED, CHANGED
    }
}
