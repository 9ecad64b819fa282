package nl.triade.registry.domain.document;

/** One line of a line diff: kept, inserted or deleted. */
public record DiffLine(Op op, String text) {
    /** What happened to the line between the two revisions. */
    public enum Op {
        EQUAL, INSERT, DELETE
    }
}
