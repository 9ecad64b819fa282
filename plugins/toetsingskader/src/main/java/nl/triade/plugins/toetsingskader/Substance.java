package nl.triade.plugins.toetsingskader;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a text says anything at all: not whether it says enough, which only the Register's
 * reviewer can judge. A text of markup, punctuation or digits only, one repeated character or word,
 * a known filler ({@code x}, {@code nvt}, {@code TODO}, {@code p.m.}, lorem ipsum) or a marker that
 * the text is still to be written is a placeholder; a real text shorter than the minimum is too short.
 */
final class Substance {
    /** Markdown markup that carries no words: headings, emphasis, quotes, list bullets, rules, code fences. */
    private static final Pattern MARKUP = Pattern.compile("[#*_>`~|\\[\\]]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /**
     * Texts that stand in for a text, compared on their words of letters and digits, and on those
     * written together ({@code n.v.t.} as {@code nvt}, {@code p.m.} as {@code pm}).
     */
    private static final Set<String> FILLERS = Set.of("x", "xx", "xxx", "nvt", "na", "tbd", "todo", "pm", "nb", "volgt",
            "volgt nog", "volgt later", "invullen", "nog invullen", "in te vullen", "nader in te vullen", "wordt aangevuld",
            "tekst", "test", "placeholder", "leeg", "empty", "to do", "tk", "idem");
    /** Words that mark a text as not written yet, wherever they stand in it. */
    private static final Set<String> MARKERS = Set.of("todo", "tbd", "xxx", "fixme", "lorem");

    /** What a text lacks, if anything. */
    enum Lack {
        NOTHING, PLACEHOLDER, LENGTH
    }

    private Substance() {
    }

    static Lack of(String body, int minimumLength) {
        if (isPlaceholder(plain(body).toLowerCase(Locale.ROOT))) {
            return Lack.PLACEHOLDER;
        }
        return length(body) < minimumLength ? Lack.LENGTH : Lack.NOTHING;
    }

    /** The length of {@code body} as {@link #of} counts it: characters, with markup left out and white space collapsed. */
    static int length(String body) {
        String text = plain(body);
        return text.codePointCount(0, text.length());
    }

    private static String plain(String body) {
        return WHITE_SPACE.matcher(MARKUP.matcher(body).replaceAll(" ")).replaceAll(" ").strip();
    }

    private static boolean isPlaceholder(String text) {
        String[] words = NOT_A_WORD.matcher(text).replaceAll(" ").strip().split(" ");
        String letters = String.join(" ", words);
        if (!letters.codePoints().anyMatch(Character::isLetter)) {
            return true;
        }
        boolean oneCharacter = letters.replace(" ", "").codePoints().distinct().count() == 1;
        boolean oneWordRepeated = words.length > 1 && Arrays.stream(words).distinct().count() == 1;
        boolean marked = Arrays.stream(words).anyMatch(MARKERS::contains);
        return oneCharacter || oneWordRepeated || marked || FILLERS.contains(letters) || FILLERS.contains(letters.replace(" ", ""));
    }
}
