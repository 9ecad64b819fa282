package nl.triade.registry.domain.document;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.document.DiffLine.Op;

/**
 * A line diff in near-linear time, in the manner of patience diff: common lines at both ends are
 * kept, lines that occur exactly once on each side anchor the match (their longest increasing run),
 * and only the small gaps between anchors go to Myers' algorithm, whose cost grows with the square of
 * what it compares. Why: plain Myers over two 50,000-line texts ran for minutes.
 *
 * <p>The work has a budget proportional to the input. A changed block that is larger than
 * {@link #EXACT_GAP} lines and has no unique line in common, or that is reached after the budget is
 * spent, is shown as replaced whole: still a correct diff, only not the shortest one.
 */
final class LineDiff {
    /** Gaps of at most this many lines (both sides together) are diffed exactly: at most its square in steps. */
    static final int EXACT_GAP = 600;
    /** Steps of anchoring allowed per line of input before the rest is shown as replaced. */
    private static final int STEPS_PER_LINE = 8;

    private final List<String> beforeLines;
    private final List<String> afterLines;
    private final int[] before;
    private final int[] after;
    private final List<DiffLine> result = new ArrayList<>();
    private long budget;

    private LineDiff(List<String> beforeLines, List<String> afterLines) {
        this.beforeLines = beforeLines;
        this.afterLines = afterLines;
        Map<String, Integer> ids = new HashMap<>();
        this.before = intern(beforeLines, ids);
        this.after = intern(afterLines, ids);
        this.budget = (long) STEPS_PER_LINE * (before.length + after.length);
    }

    static List<DiffLine> between(List<String> before, List<String> after) {
        LineDiff diff = new LineDiff(before, after);
        diff.compare(0, diff.before.length, 0, diff.after.length);
        return diff.result;
    }

    /** Lines become small numbers, so comparing two lines is one int comparison. */
    private static int[] intern(List<String> lines, Map<String, Integer> ids) {
        int[] numbers = new int[lines.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = ids.computeIfAbsent(lines.get(i), line -> ids.size());
        }
        return numbers;
    }

    private void compare(int beforeFrom, int beforeTo, int afterFrom, int afterTo) {
        while (beforeFrom < beforeTo && afterFrom < afterTo && before[beforeFrom] == after[afterFrom]) {
            keep(beforeFrom++);
            afterFrom++;
        }
        int common = 0;
        while (beforeTo - common > beforeFrom && afterTo - common > afterFrom
                && before[beforeTo - common - 1] == after[afterTo - common - 1]) {
            common++;
        }
        middle(beforeFrom, beforeTo - common, afterFrom, afterTo - common);
        for (int i = beforeTo - common; i < beforeTo; i++) {
            keep(i);
        }
    }

    /** A block whose first and last lines differ on the two sides. */
    private void middle(int beforeFrom, int beforeTo, int afterFrom, int afterTo) {
        int size = beforeTo - beforeFrom + afterTo - afterFrom;
        if (beforeFrom == beforeTo || afterFrom == afterTo || size <= EXACT_GAP) {
            exact(beforeFrom, beforeTo, afterFrom, afterTo);
            return;
        }
        budget -= size;
        int[][] anchors = budget < 0 ? new int[0][] : Anchors.of(before, beforeFrom, beforeTo, after, afterFrom, afterTo);
        if (anchors.length == 0) {
            replace(beforeFrom, beforeTo, afterFrom, afterTo);
            return;
        }
        int nextBefore = beforeFrom;
        int nextAfter = afterFrom;
        for (int[] anchor : anchors) {
            compare(nextBefore, anchor[0], nextAfter, anchor[1]);
            keep(anchor[0]);
            nextBefore = anchor[0] + 1;
            nextAfter = anchor[1] + 1;
        }
        compare(nextBefore, beforeTo, nextAfter, afterTo);
    }

    /** Myers on a small block; its changes marked per line, then walked with each block's deletions before its insertions. */
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
                result.add(new DiffLine(Op.DELETE, beforeLines.get(beforeFrom + old++)));
            } else if (now < inserted.length && inserted[now]) {
                result.add(new DiffLine(Op.INSERT, afterLines.get(afterFrom + now++)));
            } else {
                keep(beforeFrom + old++);
                now++;
            }
        }
    }

    private static List<Integer> boxed(int[] lines, int from, int to) {
        return Arrays.stream(lines, from, to).boxed().toList();
    }

    private void keep(int beforeIndex) {
        result.add(new DiffLine(Op.EQUAL, beforeLines.get(beforeIndex)));
    }

    private void replace(int beforeFrom, int beforeTo, int afterFrom, int afterTo) {
        for (int i = beforeFrom; i < beforeTo; i++) {
            result.add(new DiffLine(Op.DELETE, beforeLines.get(i)));
        }
        for (int i = afterFrom; i < afterTo; i++) {
            result.add(new DiffLine(Op.INSERT, afterLines.get(i)));
        }
    }
}
