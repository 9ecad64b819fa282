package nl.triade.plugins.patientperspective;

/**
 * The spoken syllables of one lower-case word: its runs of letters split by {@link DutchHyphenation},
 * its runs of digits read as Dutch numbers ({@link DutchNumbers}), anything else (a hyphen, an
 * apostrophe) only separating them. A run of letters without a vowel counts one syllable.
 */
final class DutchSyllables {
    private static final String VOWELS = "aeiouyáéíóúàèìòùâêîôû";
    private static final String DIAERESES = "äëïöü";
    /**
     * Two vowels that are never one sound in Dutch, so they split even where the patterns give no
     * break: the patterns leave no piece of one letter at a word's edge (dia-betes, stu-dio, vi-deo).
     */
    private static final String[] HIATUS = {"ia", "io", "iu", "ea", "eo", "ao", "oa", "ua", "uo"};

    private DutchSyllables() {
    }

    static int count(String word) {
        int syllables = 0;
        int i = 0;
        while (i < word.length()) {
            int start = i;
            char first = word.charAt(i);
            if (isDigit(first)) {
                while (i < word.length() && isDigit(word.charAt(i))) {
                    i++;
                }
                syllables += DutchNumbers.syllables(word.substring(start, i));
            } else if (Character.isLetter(first)) {
                while (i < word.length() && Character.isLetter(word.charAt(i))) {
                    i++;
                }
                int groups = 0;
                for (String piece : DutchHyphenation.instance().pieces(word.substring(start, i))) {
                    groups += vowelGroups(piece);
                }
                // letters without a vowel (mrt, the b of b12) are still said
                syllables += Math.max(1, groups);
            } else {
                i++;
            }
        }
        return Math.max(1, syllables);
    }

    /** Vowel groups in one piece; a diaeresis or a hiatus starts a new one, French "eau" is one vowel (ca-deau). */
    static int vowelGroups(String piece) {
        String sounds = piece.contains("eau") ? piece.replace("eau", "o") : piece;
        int groups = 0;
        char previous = ' ';
        boolean inVowels = false;
        for (int i = 0; i < sounds.length(); i++) {
            char c = sounds.charAt(i);
            boolean diaeresis = DIAERESES.indexOf(c) >= 0;
            boolean vowel = diaeresis || VOWELS.indexOf(c) >= 0;
            if (vowel && (!inVowels || diaeresis || isHiatus(previous, c))) {
                groups++;
            }
            inVowels = vowel;
            previous = c;
        }
        return groups;
    }

    private static boolean isHiatus(char first, char second) {
        for (String pair : HIATUS) {
            if (pair.charAt(0) == first && pair.charAt(1) == second) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
