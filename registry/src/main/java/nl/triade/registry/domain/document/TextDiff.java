package nl.triade.registry.domain.document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import nl.triade.registry.domain.document.DiffPiece.Op;
import nl.triade.registry.domain.document.SequenceDiff.Bounds;

/**
 * The two diffs of a changed text: by line (each line kept, deleted or inserted) and by word (runs of
 * kept, deleted and inserted text, so the new text can be shown with its changes highlighted). A word
 * is a run of letters, digits and their combining marks; each run of white space is one piece and
 * each other character (punctuation) one of its own, so a changed comma is shown as just that. The
 * pieces of a word diff, joined, give back both texts exactly: equal and deleted runs the old one,
 * equal and inserted runs the new one.
 */
final class TextDiff {
    /** What a character is to a word diff: part of a word, white space, or a mark that stands alone. */
    private static final int WORD = 0;
    private static final int SPACE = 1;
    private static final int MARK = 2;

    private TextDiff() {
    }

    static List<DiffPiece> lines(List<String> before, List<String> after) {
        List<DiffPiece> pieces = new ArrayList<>();
        walk(before, after, SequenceDiff.between(before, after, Bounds.LINES), (op, line) -> pieces.add(new DiffPiece(op, line)));
        return pieces;
    }

    static List<DiffPiece> words(String before, String after) {
        List<String> old = words(before);
        List<String> now = words(after);
        List<Op> ops = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        walk(old, now, SequenceDiff.between(old, now, Bounds.WORDS), (op, word) -> {
            if (ops.isEmpty() || ops.get(ops.size() - 1) != op) {
                ops.add(op);
                texts.add(new StringBuilder());
            }
            texts.get(texts.size() - 1).append(word);
        });
        List<DiffPiece> runs = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            runs.add(new DiffPiece(ops.get(i), texts.get(i).toString()));
        }
        return runs;
    }

    /** The pieces a word diff compares, in order; joined they are the text. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int kind = kind(text.codePointAt(start));
            int end = start + Character.charCount(text.codePointAt(start));
            while (kind != MARK && end < text.length() && kind(text.codePointAt(end)) == kind) {
                end += Character.charCount(text.codePointAt(end));
            }
            words.add(text.substring(start, end));
            start = end;
        }
        return words;
    }

    private static int kind(int codePoint) {
        int type = Character.getType(codePoint);
        if (Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
            return WORD;
        }
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) ? SPACE : MARK;
    }

    /** Hands each item to {@code piece} with what happened to it: kept and deleted items from {@code before}, inserted from {@code after}. */
    private static void walk(List<String> before, List<String> after, List<Op> ops, BiConsumer<Op, String> piece) {
        int old = 0;
        int now = 0;
        for (Op op : ops) {
            if (op == Op.INSERT) {
                piece.accept(op, after.get(now++));
            } else {
                piece.accept(op, before.get(old++));
                now += op == Op.EQUAL ? 1 : 0;
            }
        }
    }
}
