package nl.triade.registry.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import nl.triade.registry.domain.document.DiffPiece.Op;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    /** What a diff must always be: its kept and deleted lines are the old text, its kept and inserted lines the new. */
    private static void assertReproducesBothSides(List<String> before, List<String> after, List<DiffPiece> diff) {
        assertEquals(before, diff.stream().filter(line -> line.op() != Op.INSERT).map(DiffPiece::text).toList());
        assertEquals(after, diff.stream().filter(line -> line.op() != Op.DELETE).map(DiffPiece::text).toList());
    }

    private static long edits(List<DiffPiece> diff) {
        return diff.stream().filter(line -> line.op() != Op.EQUAL).count();
    }

    private static List<String> numbered(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }

    @Test
    void seededRandomEditsAreReproducedAndSmallOnesStaySmall() {
        Random random = new Random(8);
        for (int round = 0; round < 200; round++) {
            List<String> before = new ArrayList<>();
            int size = random.nextInt(round < 100 ? 40 : 3_000);
            for (int i = 0; i < size; i++) {
                before.add(random.nextInt(5) == 0 ? "" : "regel " + random.nextInt(size + 1));
            }
            List<String> after = new ArrayList<>(before);
            int changes = random.nextInt(6);
            for (int change = 0; change < changes && !after.isEmpty(); change++) {
                int at = random.nextInt(after.size());
                switch (random.nextInt(3)) {
                    case 0 -> after.remove(at);
                    case 1 -> after.add(at, "nieuw " + change);
                    default -> after.set(at, "anders " + change);
                }
            }
            List<DiffPiece> diff = TextDiff.lines(before, after);
            assertReproducesBothSides(before, after, diff);
            assertEquals(true, edits(diff) <= 2L * changes, "round " + round + ": " + edits(diff) + " edits for " + changes);
        }
    }

    @Test
    void oneChangedLineInALongUniqueTextIsOneDeleteAndOneInsert() {
        List<String> before = numbered("regel ", 50_000);
        List<String> after = new ArrayList<>(before);
        after.set(12_345, "gewijzigd");
        after.set(40_000, "ook gewijzigd");
        List<DiffPiece> diff = TextDiff.lines(before, after);
        assertReproducesBothSides(before, after, diff);
        assertEquals(4, edits(diff));
    }

    /** The inputs that made plain Myers run for minutes: every line different, or lines that repeat and shift. */
    @Test
    void pathologicalTextsAreDiffedInNearLinearTime() {
        List<List<String>> cases = List.of(numbered("a", 50_000), numbered("b", 50_000),
                IntStream.range(0, 50_000).mapToObj(i -> i % 2 == 0 ? "x" : "y").toList(),
                IntStream.range(0, 50_000).mapToObj(i -> i % 3 == 0 ? "x" : "y").toList(),
                IntStream.range(0, 50_000).mapToObj(i -> i % 7 == 0 ? "regel " + i : "").toList());
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (List<String> before : cases) {
                for (List<String> after : cases) {
                    assertReproducesBothSides(before, after, TextDiff.lines(before, after));
                }
            }
        });
    }
}
