package nl.triade.plugins.patientperspective;

/**
 * How many syllables a number written in digits has when it is read aloud in Dutch, as a cardinal
 * number: 21 is een-en-twin-tig (4), 2024 twee-dui-zend-vier-en-twin-tig (7). Flesch counts
 * syllables "as they are pronounced"; a number is pronounced too. Digits beyond the billions
 * (miljarden) are read one by one, as people read a long code.
 */
final class DutchNumbers {
    /** nul, een, twee, drie, vier, vijf, zes, ze-ven, acht, ne-gen */
    private static final int[] UNITS = {1, 1, 1, 1, 1, 1, 1, 2, 1, 2};
    /** tien, elf, twaalf, der-tien, veer-tien, vijf-tien, zes-tien, ze-ven-tien, acht-tien, ne-gen-tien */
    private static final int[] TEENS = {1, 1, 1, 2, 2, 2, 2, 3, 2, 3};
    /** (unused), (unused), twin-tig, der-tig, veer-tig, vijf-tig, zes-tig, ze-ven-tig, tach-tig, ne-gen-tig */
    private static final int[] TENS = {0, 0, 2, 2, 2, 2, 2, 3, 2, 3};
    /** honderd, duizend, miljoen and miljard each have two syllables. */
    private static final int SCALE_WORD = 2;
    private static final int LONGEST_CARDINAL = 12;

    private DutchNumbers() {
    }

    /** The spoken syllables of a run of ASCII digits. */
    static int syllables(String digits) {
        if (digits.length() > LONGEST_CARDINAL) {
            int syllables = 0;
            for (int i = 0; i < digits.length(); i++) {
                syllables += UNITS[digits.charAt(i) - '0'];
            }
            return syllables;
        }
        long number = Long.parseLong(digits);
        return number == 0 ? UNITS[0] : cardinal(number);
    }

    private static int cardinal(long number) {
        if (number >= 1_000_000) {
            long scale = number >= 1_000_000_000 ? 1_000_000_000 : 1_000_000;
            return cardinal(number / scale) + SCALE_WORD + rest(number % scale);
        }
        if (number >= 1000) {
            return leading(number / 1000) + SCALE_WORD + rest(number % 1000);
        }
        if (number >= 100) {
            return leading(number / 100) + SCALE_WORD + rest(number % 100);
        }
        if (number >= 20) {
            int unit = (int) (number % 10);
            // een-en-twin-tig: the unit, "en", then the tens
            return (unit == 0 ? 0 : UNITS[unit] + 1) + TENS[(int) (number / 10)];
        }
        return number >= 10 ? TEENS[(int) number - 10] : UNITS[(int) number];
    }

    /** Honderd and duizend are said without "een" before them: honderd, not een-honderd. */
    private static int leading(long count) {
        return count == 1 ? 0 : cardinal(count);
    }

    private static int rest(long remainder) {
        return remainder == 0 ? 0 : cardinal(remainder);
    }
}
