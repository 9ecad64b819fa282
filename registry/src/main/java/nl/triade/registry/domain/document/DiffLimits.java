package nl.triade.registry.domain.document;

import java.util.List;
import nl.triade.registry.domain.LimitExceededException;
import nl.triade.registry.domain.Rule;

/**
 * How much text one revision diff compares. Every changed text (a section body, the summary, the
 * cliëntenversie, the werkinstructie, and every shorter text whose words are diffed: titles,
 * indicator texts, evidence summaries, motivations) may have at most {@code charactersPerText}
 * characters on each side, the line-diffed ones also at most {@code linesPerText} lines; all
 * compared texts of one diff together (both sides) at most {@code charactersPerDiff} characters, the
 * line-diffed ones {@code linesPerDiff} lines, which also bounds the size of the answer. Checked
 * before any comparing starts, so a diff beyond them costs nothing but the refusal.
 */
public record DiffLimits(int linesPerText, int charactersPerText, long linesPerDiff, long charactersPerDiff) {
    public static final DiffLimits DEFAULT = new DiffLimits(10_000, 200_000, 100_000, 4_000_000);

    /** One changed text: where it is, the two versions compared, and whether its lines are diffed too (else only its words). */
    record ComparedText(String field, String before, String after, boolean lined) {
    }

    void check(List<ComparedText> texts) {
        long characters = 0;
        long lines = 0;
        for (ComparedText text : texts) {
            checkLength(text.field(), text.before());
            checkLength(text.field(), text.after());
            characters += text.before().length() + text.after().length();
            if (text.lined()) {
                lines += checkLines(text.field(), text.before()) + checkLines(text.field(), text.after());
            }
        }
        checkTotal("lines", lines, linesPerDiff);
        checkTotal("characters", characters, charactersPerDiff);
    }

    private void checkLength(String field, String text) {
        if (text.length() > charactersPerText) {
            throw new LimitExceededException(Rule.DIFF_TOO_LARGE, field, charactersPerText, field + " has " + text.length()
                    + " characters, more than the " + charactersPerText + " a diff compares per text");
        }
    }

    /** The text's number of lines, once it is known to be within the cap per text. */
    private long checkLines(String field, String text) {
        long lines = text.lines().count();
        if (lines > linesPerText) {
            throw new LimitExceededException(Rule.DIFF_TOO_LARGE, field, linesPerText, field + " has " + lines
                    + " lines, more than the " + linesPerText + " a diff compares per text");
        }
        return lines;
    }

    private static void checkTotal(String unit, long total, long limit) {
        if (total > limit) {
            throw new LimitExceededException(Rule.DIFF_TOO_LARGE, "changes", limit, "the changed texts of this diff hold " + total
                    + " " + unit + ", more than the " + limit + " one diff compares; compare revisions closer together");
        }
    }
}
