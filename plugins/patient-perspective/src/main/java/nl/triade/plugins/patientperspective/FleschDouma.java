package nl.triade.plugins.patientperspective;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch–Douma reading ease for Dutch (W.H. Douma, 1960, Landbouwhogeschool Wageningen, after
 * Flesch 1948): {@code 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence}.
 * Douma's own table of scores (quoted with the formula in a 1977 article on DBNL,
 * dbnl.org/tekst/_taa014197701_01/_taa014197701_01_0089.php) calls 60–70 "normaal", readable after
 * primary school, and 45–60 "tamelijk moeilijk"; the plugin takes the lower edge of "normaal", 60,
 * as B1. No source equates a score with a CEFR level: that is this plugin's reading (README,
 * "Patient perspective").
 *
 * <p>Words are counted as they are read aloud: syllables by the Dutch hyphenation patterns
 * ({@link DutchSyllables}), numbers by their spoken Dutch syllables, and the common abbreviations
 * ({@code bijv.}, {@code o.a.} …) as the words they stand for, so their full stop ends no sentence.
 * A text without a single word of letters has no score.
 */
final class FleschDouma {
    static final double B1 = 60.0;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final Map<String, String> ABBREVIATIONS = Map.of("bijv", "bijvoorbeeld", "bv", "bijvoorbeeld",
            "enz", "enzovoort", "o.a", "onder andere", "d.w.z", "dat wil zeggen", "m.a.w", "met andere woorden");
    /** An abbreviation standing alone, with its full stop: not the tail of a longer word or of a web address. */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(bijv|bv|enz|o\\.a|d\\.w\\.z|m\\.a\\.w)\\.(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<Character> SENTENCE_MARKS = Set.of('.', '!', '?');

    private FleschDouma() {
    }

    /** The text's measurements; {@code score} is NaN for a text without a word of letters. */
    record Reading(int words, int sentences, int syllables, double score) {
        boolean scorable() {
            return !Double.isNaN(score);
        }
    }

    static Reading read(String text) {
        String spoken = spellOutAbbreviations(text);
        Matcher words = WORD.matcher(spoken);
        Map<String, Integer> known = new HashMap<>();
        int wordCount = 0;
        int syllables = 0;
        boolean anyLetters = false;
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            wordCount++;
            syllables += known.computeIfAbsent(word, DutchSyllables::count);
            anyLetters = anyLetters || word.chars().anyMatch(Character::isLetter);
        }
        int sentences = sentenceEnds(spoken);
        if (sentences == 0 && wordCount > 0) {
            sentences = 1;
        }
        double score = anyLetters
                ? 206.84 - 0.77 * (100.0 * syllables / wordCount) - 0.93 * ((double) wordCount / sentences)
                : Double.NaN;
        return new Reading(wordCount, sentences, syllables, score);
    }

    static String spellOutAbbreviations(String text) {
        return ABBREVIATION.matcher(text).replaceAll(match -> ABBREVIATIONS.get(match.group(1).toLowerCase(Locale.ROOT)));
    }

    /**
     * Runs of {@code . ! ?} followed by white space or the end of the text. Counted in one pass: a
     * pattern like {@code [.!?]+(?=\\s|$)} retries every position inside a run and needs quadratic
     * time on a long run of punctuation, which anyone who may edit a patient version can write.
     */
    static int sentenceEnds(String text) {
        int ends = 0;
        int i = 0;
        while (i < text.length()) {
            if (!SENTENCE_MARKS.contains(text.charAt(i))) {
                i++;
                continue;
            }
            while (i < text.length() && SENTENCE_MARKS.contains(text.charAt(i))) {
                i++;
            }
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                ends++;
            }
        }
        return ends;
    }

    static int syllables(String word) {
        return DutchSyllables.count(word.toLowerCase(Locale.ROOT));
    }
}
