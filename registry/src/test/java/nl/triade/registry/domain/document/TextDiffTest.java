package nl.triade.registry.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
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

    private static String joined(List<DiffPiece> runs, Op without) {
        return runs.stream().filter(run -> run.op() != without).map(DiffPiece::text).collect(Collectors.joining());
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsWithSpacesAndEachMarkOnItsOwn() {
        assertEquals(List.of("Patiënten", " ", "met", "  ", "VAS", "<", "4", ",", "ook", " ", "cliëntenversie", ".", "."),
                TextDiff.words("Patiënten met  VAS<4,ook cliëntenversie.."));
        assertEquals(List.of("cliëntenversie", "\u00a0", "e\u0308n"), TextDiff.words("cliëntenversie\u00a0e\u0308n"));
    }

    /** The runs of a word diff give back both texts, never two runs of the same kind in a row, and a small edit stays small. */
    @Test
    void seededRandomWordEditsAreReproducedAsAlternatingRuns() {
        Random random = new Random(11);
        String[] vocabulary = {"de", "zorg", "patiënt", ",", ".", " ", "  ", "\n", "voet", "controle", "2026", "(", ")"};
        for (int round = 0; round < 300; round++) {
            StringBuilder before = new StringBuilder();
            int size = random.nextInt(round < 150 ? 30 : 3_000);
            for (int i = 0; i < size; i++) {
                before.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextBoolean() ? " " : "");
            }
            StringBuilder after = new StringBuilder(before);
            for (int change = random.nextInt(4); change > 0 && after.length() > 0; change--) {
                int at = random.nextInt(after.length());
                after.insert(at, vocabulary[random.nextInt(vocabulary.length)]);
            }
            List<DiffPiece> runs = TextDiff.words(before.toString(), after.toString());
            assertEquals(before.toString(), joined(runs, Op.INSERT), "round " + round);
            assertEquals(after.toString(), joined(runs, Op.DELETE), "round " + round);
            for (int i = 1; i < runs.size(); i++) {
                assertTrue(runs.get(i).op() != runs.get(i - 1).op(), "round " + round + ": " + runs);
            }
            assertTrue(runs.stream().allMatch(run -> !run.text().isEmpty()), "round " + round);
        }
    }

    @Test
    void oneWordAddedToALongTextIsOneInsertBetweenTwoEqualRuns() {
        String before = IntStream.range(0, 20_000).mapToObj(i -> "woord" + i).collect(Collectors.joining(" "));
        String after = before.replace("woord12345 ", "woord12345 nieuw ");
        assertEquals(List.of(Op.EQUAL, Op.INSERT, Op.EQUAL), TextDiff.words(before, after).stream().map(DiffPiece::op).toList());
        assertEquals("nieuw ", TextDiff.words(before, after).get(1).text());
    }

    /**
     * Myers' steps are budgeted per piece of input: of many gaps with nothing in common between unique
     * anchors, the first ones are compared exactly (runs alternate word by word) and, once the budget
     * is spent, the later ones are shown as deleted and inserted whole. Both are correct diffs.
     */
    @Test
    void gapsBeyondTheBudgetForExactComparisonAreReplacedWhole() {
        String before = gaps("a");
        String after = gaps("b");
        List<DiffPiece> runs = TextDiff.words(before, after);
        assertEquals(before, joined(runs, Op.INSERT));
        assertEquals(after, joined(runs, Op.DELETE));
        assertTrue(runs.get(1).text().equals("a") && runs.get(2).text().equals("b"), runs.subList(0, 4).toString());
        DiffPiece lastDeleted = runs.get(runs.size() - 3);
        assertEquals(Op.DELETE, lastDeleted.op());
        assertEquals(" a".repeat(120).substring(1), lastDeleted.text());
    }

    /** Forty gaps of 120 words (480 pieces on both sides together), each after a unique anchor. */
    private static String gaps(String word) {
        StringBuilder text = new StringBuilder();
        for (int gap = 0; gap < 40; gap++) {
            text.append("anker").append(gap).append(" ").append((word + " ").repeat(120));
        }
        return text.toString();
    }
}
