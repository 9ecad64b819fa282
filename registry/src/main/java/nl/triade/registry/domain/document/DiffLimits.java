package nl.triade.registry.domain.document;

import java.util.List;
import nl.triade.registry.domain.LimitExceededException;
import nl.triade.registry.domain.Rule;

/**
 * How much text one revision diff compares. Every changed text (a section body, the summary, the
 * cliëntenversie, the werkinstructie) may have at most {@code linesPerText} lines and
 * {@code charactersPerText} characters on each side, and all compared texts of one diff together (both
 * sides) at most {@code linesPerDiff} lines and {@code charactersPerDiff} characters, which also
 * bounds the size of the answer. Checked before any comparing starts, so a diff beyond them costs
 * nothing but the refusal.
 */
public record DiffLimits(int linesPerText, int charactersPerText, long linesPerDiff, long charactersPerDiff) {
    public static final DiffLimits DEFAULT = new DiffLimits(10_000, 200_000, 100_000, 4_000_000);

    /** One changed text: where it is, and the two versions compared. */
    record ComparedText(String field, String before, String after) {
    }

    void check(List<ComparedText> texts) {
        long characters = 0;
        long lines = 0;
        for (ComparedText text : texts) {
            lines += checkText(text.field(), text.before()) + checkText(text.field(), text.after());
            characters += text.before().length() + text.after().length();
        }
        checkTotal("lines", lines, linesPerDiff);
        checkTotal("characters", characters, charactersPerDiff);
    }

    /** The text's number of lines, once it is known to be within the caps per text. */
    private long checkText(String field, String text) {
        if (text.length() > charactersPerText) {
            throw new LimitExceededException(Rule.DIFF_TOO_LARGE, field, charactersPerText, field + " has " + text.length()
                    + " characters, more than the " + charactersPerText + " a diff compares per text");
        }
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
