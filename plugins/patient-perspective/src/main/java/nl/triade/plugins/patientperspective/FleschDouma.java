package nl.triade.plugins.patientperspective;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flesch–Douma reading ease for Dutch (Douma, 1960):
 * {@code 206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence}. About 60 and up
 * reads as "fairly easy", which is where B1 texts land. Syllables are counted as groups of
 * vowels, with a diaeresis (ë, ï, ü …) starting a new syllable, as in pa-ti-ën-ten.
 */
final class FleschDouma {
    static final double B1 = 60.0;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final String SENTENCE_MARKS = ".!?";
    private static final String VOWELS = "aeiouyáéíóúàèìòùâêîôû";
    private static final String DIAERESES = "äëïöü";

    private FleschDouma() {
    }

    /** The text's measurements; {@code score} is NaN for a text without words. */
    record Reading(int words, int sentences, int syllables, double score) {
    }

    static Reading read(String text) {
        Matcher words = WORD.matcher(text);
        int wordCount = 0;
        int syllables = 0;
        while (words.find()) {
            wordCount++;
            syllables += syllables(words.group());
        }
        int sentences = sentenceEnds(text);
        if (sentences == 0 && wordCount > 0) {
            sentences = 1;
        }
        double score = wordCount == 0 ? Double.NaN
                : 206.84 - 0.77 * (100.0 * syllables / wordCount) - 0.93 * ((double) wordCount / sentences);
        return new Reading(wordCount, sentences, syllables, score);
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
            if (SENTENCE_MARKS.indexOf(text.charAt(i)) < 0) {
                i++;
                continue;
            }
            while (i < text.length() && SENTENCE_MARKS.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                ends++;
            }
        }
        return ends;
    }

    static int syllables(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        int groups = 0;
        boolean inVowels = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean diaeresis = DIAERESES.indexOf(c) >= 0;
            boolean vowel = diaeresis || VOWELS.indexOf(c) >= 0;
            if (vowel && (!inVowels || diaeresis)) {
                groups++;
            }
            inVowels = vowel;
        }
        return Math.max(1, groups);
    }
}
