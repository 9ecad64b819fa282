package nl.triade.plugins.patientperspective;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dutch words with their syllables as the Woordenlijst splits them, and as they are spoken at a word's edges. */
class DutchSyllablesTest {

    @Test
    void theDutchPatternsSplitVowelHiatus() {
        assertEquals(List.of("si", "tu", "a", "tie"), DutchHyphenation.instance().pieces("situatie"));
        assertEquals(List.of("mu", "se", "um"), DutchHyphenation.instance().pieces("museum"));
        assertEquals(List.of("be", "a", "men"), DutchHyphenation.instance().pieces("beamen"));
        assertEquals(List.of("ge", "uit"), DutchHyphenation.instance().pieces("geuit"));
    }

    @Test
    void theExceptionsOfThePatternsAreTakenAsWritten() {
        assertEquals(List.of("acht", "en", "der", "tig"), DutchHyphenation.instance().pieces("achtendertig"));
    }

    @Test
    void knownWordsHaveTheirSpokenSyllables() {
        Map<String, Integer> words = Map.ofEntries(Map.entry("diabetes", 4), Map.entry("situatie", 4), Map.entry("museum", 3),
                Map.entry("geuit", 2), Map.entry("beamen", 3), Map.entry("theater", 3), Map.entry("januari", 4),
                Map.entry("behandeling", 4), Map.entry("patiënten", 4), Map.entry("huisarts", 2), Map.entry("eeuw", 1),
                Map.entry("nieuw", 1), Map.entry("studio", 3), Map.entry("video", 3), Map.entry("over", 2), Map.entry("idee", 2),
                Map.entry("ideeën", 3), Map.entry("adrenaline", 5), Map.entry("aorta", 3), Map.entry("bioloog", 3),
                Map.entry("ziekenhuisopname", 6), Map.entry("reumatoïde", 5), Map.entry("cadeau", 2), Map.entry("koffie", 2),
                Map.entry("mrt", 1));
        words.forEach((word, syllables) -> assertEquals(syllables, DutchSyllables.count(word), word));
    }

    @Test
    void digitsAreReadAsDutchNumbersAndJoinersOnlySeparate() {
        assertEquals(4, DutchSyllables.count("21"), "een-en-twin-tig");
        assertEquals(2, DutchSyllables.count("20"), "twin-tig: 0 is a digit");
        assertEquals(5, DutchSyllables.count("covid-19"), "co-vid ne-gen-tien, the hyphen unspoken");
        assertEquals(2, DutchSyllables.count("b12"), "b, then twaalf: a letter without a vowel is still said");
    }
}
