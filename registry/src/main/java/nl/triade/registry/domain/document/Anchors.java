package nl.triade.registry.domain.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Patience diff's anchors: the lines that occur exactly once in each of two blocks, reduced to the
 * longest run that appears in the same order on both sides. Linear in the blocks plus
 * {@code k log k} for k unique lines.
 */
final class Anchors {
    private Anchors() {
    }

    /** Pairs {@code [beforeIndex, afterIndex]}, ascending on both sides; empty when no line is unique on both. */
    static int[][] of(int[] before, int beforeFrom, int beforeTo, int[] after, int afterFrom, int afterTo) {
        Map<Integer, int[]> seen = new HashMap<>();
        for (int i = beforeFrom; i < beforeTo; i++) {
            int[] entry = seen.computeIfAbsent(before[i], line -> new int[] {0, 0, -1, -1});
            entry[0]++;
            entry[2] = i;
        }
        for (int j = afterFrom; j < afterTo; j++) {
            int[] entry = seen.get(after[j]);
            if (entry != null) {
                entry[1]++;
                entry[3] = j;
            }
        }
        List<int[]> unique = new ArrayList<>();
        for (int[] entry : seen.values()) {
            if (entry[0] == 1 && entry[1] == 1) {
                unique.add(new int[] {entry[2], entry[3]});
            }
        }
        unique.sort((left, right) -> Integer.compare(left[0], right[0]));
        return longestIncreasingRun(unique);
    }

    /** Patience sorting on the after-side positions of pairs already ordered by their before-side positions. */
    private static int[][] longestIncreasingRun(List<int[]> pairs) {
        int[] tops = new int[pairs.size()];
        int[] previous = new int[pairs.size()];
        int piles = 0;
        for (int i = 0; i < pairs.size(); i++) {
            int position = pairs.get(i)[1];
            int low = 0;
            int high = piles;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (pairs.get(tops[middle])[1] < position) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tops[low - 1] : -1;
            tops[low] = i;
            piles = Math.max(piles, low + 1);
        }
        int[][] run = new int[piles][];
        for (int i = piles - 1, at = piles == 0 ? -1 : tops[piles - 1]; i >= 0; i--, at = previous[at]) {
            run[i] = pairs.get(at);
        }
        return run;
    }
}
