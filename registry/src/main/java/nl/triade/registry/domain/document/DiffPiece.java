package nl.triade.registry.domain.document;

/**
 * One piece of a text diff, kept, inserted or deleted: a line of a line diff, or a run of words
 * (with the white space and punctuation between them) of a word diff.
 */
public record DiffPiece(Op op, String text) {
    /** What happened to the piece between the two revisions. */
    public enum Op {
        EQUAL, INSERT, DELETE
    }
}
