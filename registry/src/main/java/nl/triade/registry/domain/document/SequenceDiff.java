package nl.triade.registry.domain.document;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.document.DiffPiece.Op;

/**
 * A diff of two sequences (lines, words, list items) in near-linear time, in the manner of patience
 * diff: common items at both ends are kept, items that occur exactly once on each side anchor the
 * match (their longest increasing run), and only the small gaps between anchors go to Myers'
 * algorithm (java-diff-utils), whose cost grows with the square of what it compares. Why: plain
 * Myers over two 50,000-line texts ran for minutes.
 *
 * <p>The work has two budgets proportional to the input ({@link Bounds}). A changed block that is
 * larger than the exact gap and has no unique item in common, or that is reached after a budget is
 * spent, is shown as replaced whole: still a correct diff, only not the shortest one.
 */
final class SequenceDiff {
    private final int[] before;
    private final int[] after;
    private final Bounds bounds;
    private final List<Op> result = new ArrayList<>();
    private long anchoringBudget;
    private long exactBudget;

    /**
     * How hard a diff tries. Gaps of at most {@code exactGap} items (both sides together) go to Myers,
     * which costs at most the square of the gap; each is charged that square against
     * {@code exactStepsPerItem} per item of input, and finding anchors is charged the size of the block
     * against {@code anchoringStepsPerItem} per item.
     */
    record Bounds(int exactGap, int anchoringStepsPerItem, int exactStepsPerItem) {
        /**
         * Lines: a text has at most 10,000 of them, so exact gaps are never refused here (the sum of
         * the squares of gaps of at most 600 is at most 600 times the input).
         */
        static final Bounds LINES = new Bounds(600, 8, 600);
        /**
         * Words: a text of 200,000 characters holds up to 200,000 words, spaces and marks, so Myers gets
         * a fixed share of steps per word; {@code bench/WordDiffBenchmark} measures the worst cases.
         */
        static final Bounds WORDS = new Bounds(600, 8, 64);
    }

    private SequenceDiff(List<?> beforeItems, List<?> afterItems, Bounds bounds) {
        Map<Object, Integer> ids = new HashMap<>();
        this.before = intern(beforeItems, ids);
        this.after = intern(afterItems, ids);
        this.bounds = bounds;
        long items = before.length + after.length;
        this.anchoringBudget = bounds.anchoringStepsPerItem() * items;
        this.exactBudget = bounds.exactStepsPerItem() * items;
    }

    /**
     * What happens to each item, in order: {@code EQUAL} takes the next item of both sides,
     * {@code DELETE} the next of {@code before}, {@code INSERT} the next of {@code after}. Items are
     * compared with {@code equals}.
     */
    static List<Op> between(List<?> before, List<?> after, Bounds bounds) {
        SequenceDiff diff = new SequenceDiff(before, after, bounds);
        diff.compare(0, diff.before.length, 0, diff.after.length);
        return diff.result;
    }

    /** Items become small numbers, so comparing two items is one int comparison. */
    private static int[] intern(List<?> items, Map<Object, Integer> ids) {
        int[] numbers = new int[items.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = ids.computeIfAbsent(items.get(i), item -> ids.size());
        }
        return numbers;
    }

    private void compare(int beforeFrom, int beforeTo, int afterFrom, int afterTo) {
        while (beforeFrom < beforeTo && afterFrom < afterTo && before[beforeFrom] == after[afterFrom]) {
            result.add(Op.EQUAL);
            beforeFrom++;
            afterFrom++;
        }
        int common = 0;
        while (beforeTo - common > beforeFrom && afterTo - common > afterFrom
                && before[beforeTo - common - 1] == after[afterTo - common - 1]) {
            common++;
        }
        middle(beforeFrom, beforeTo - common, afterFrom, afterTo - common);
        for (int i = 0; i < common; i++) {
            result.add(Op.EQUAL);
        }
    }

    /** A block whose first and last items differ on the two sides. */
    private void middle(int beforeFrom, int beforeTo, int afterFrom, int afterTo) {
        int size = beforeTo - beforeFrom + afterTo - afterFrom;
        if (beforeFrom == beforeTo || afterFrom == afterTo) {
            replace(beforeTo - beforeFrom, afterTo - afterFrom);
            return;
        }
        if (size <= bounds.exactGap()) {
            exactBudget -= (long) size * size;
            if (exactBudget >= 0) {
                exact(beforeFrom, beforeTo, afterFrom, afterTo);
            } else {
                replace(beforeTo - beforeFrom, afterTo - afterFrom);
            }
            return;
        }
        anchoringBudget -= size;
        int[][] anchors = anchoringBudget < 0 ? new int[0][] : Anchors.of(before, beforeFrom, beforeTo, after, afterFrom, afterTo);
        if (anchors.length == 0) {
            replace(beforeTo - beforeFrom, afterTo - afterFrom);
            return;
        }
        int nextBefore = beforeFrom;
        int nextAfter = afterFrom;
        for (int[] anchor : anchors) {
            compare(nextBefore, anchor[0], nextAfter, anchor[1]);
            result.add(Op.EQUAL);
            nextBefore = anchor[0] + 1;
            nextAfter = anchor[1] + 1;
        }
        compare(nextBefore, beforeTo, nextAfter, afterTo);
    }

    /** Myers on a small block; its changes marked per item, then walked with each block's deletions before its insertions. */
    private void exact(int beforeFrom, int beforeTo, int afterFrom, int afterTo) {
        boolean[] deleted = new boolean[beforeTo - beforeFrom];
        boolean[] inserted = new boolean[afterTo - afterFrom];
        List<Change> changes = new MyersDiffWithLinearSpace<Integer>()
                .computeDiff(boxed(before, beforeFrom, beforeTo), boxed(after, afterFrom, afterTo), null);
        for (Change change : changes) {
            if (change.deltaType != DeltaType.EQUAL) {
                Arrays.fill(deleted, change.startOriginal, change.endOriginal, true);
                Arrays.fill(inserted, change.startRevised, change.endRevised, true);
            }
        }
        int old = 0;
        int now = 0;
        while (old < deleted.length || now < inserted.length) {
            if (old < deleted.length && deleted[old]) {
                result.add(Op.DELETE);
                old++;
            } else if (now < inserted.length && inserted[now]) {
                result.add(Op.INSERT);
                now++;
            } else {
                result.add(Op.EQUAL);
                old++;
                now++;
            }
        }
    }

    private static List<Integer> boxed(int[] items, int from, int to) {
        return Arrays.stream(items, from, to).boxed().toList();
    }

    private void replace(int deleted, int inserted) {
        for (int i = 0; i < deleted; i++) {
            result.add(Op.DELETE);
        }
        for (int i = 0; i < inserted; i++) {
            result.add(Op.INSERT);
        }
    }
}
