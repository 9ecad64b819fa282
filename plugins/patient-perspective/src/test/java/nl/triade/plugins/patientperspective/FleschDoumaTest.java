package nl.triade.plugins.patientperspective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Scores worked out by hand with the formula 206.84 − 0.77 × (syllables per 100 words) − 0.93 × (words per sentence). */
class FleschDoumaTest {

    @Test
    void syllablesFollowTheDutchHyphenationPatterns() {
        assertEquals(1, FleschDouma.syllables("kat"));
        assertEquals(4, FleschDouma.syllables("behandeling"));
        assertEquals(4, FleschDouma.syllables("patiënten"));
        assertEquals(2, FleschDouma.syllables("huisarts"));
        assertEquals(1, FleschDouma.syllables("eeuw"));
        assertEquals(1, FleschDouma.syllables("mrt"));
    }

    @Test
    void aShortPlainSentenceScoresHigh() {
        FleschDouma.Reading reading = FleschDouma.read("De kat zit op de mat.");
        assertEquals(6, reading.words());
        assertEquals(1, reading.sentences());
        assertEquals(6, reading.syllables());
        // 206.84 − 0.77 × 100 − 0.93 × 6 = 124.26
        assertEquals(124.26, reading.score(), 0.001);
    }

    @Test
    void longWordsScoreLow() {
        FleschDouma.Reading reading = FleschDouma.read("Behandeling van patiënten.");
        assertEquals(9, reading.syllables());
        // 206.84 − 0.77 × 300 − 0.93 × 3 = −26.95
        assertEquals(-26.95, reading.score(), 0.001);
    }

    @Test
    void sentencesAreCountedAtTheirEnds() {
        FleschDouma.Reading reading = FleschDouma.read("Heeft u pijn? Bel de huisarts. Of kom langs!");
        assertEquals(3, reading.sentences());
        assertEquals(9, reading.words());
        // syllables: heeft u pijn bel de huis-arts of kom langs = 10
        assertEquals(10, reading.syllables());
        // 206.84 − 0.77 × 111.11… (= 85.5556) − 0.93 × 3 (= 2.79) = 118.4944…
        assertEquals(118.4944, reading.score(), 0.001);
    }

    @Test
    void aTextWithoutWordsOfLettersHasNoScore() {
        for (String text : new String[] {" ... ", "!?", "12 - 3.5 %", "2024."}) {
            FleschDouma.Reading reading = FleschDouma.read(text);
            assertTrue(Double.isNaN(reading.score()), text);
            assertFalse(reading.scorable(), text);
        }
        assertTrue(FleschDouma.read("Neem 2 pillen.").scorable());
    }

    @Test
    void numbersCountTheirSpokenSyllables() {
        FleschDouma.Reading reading = FleschDouma.read("Neem 21 pillen.");
        assertEquals(3, reading.words());
        // neem (1) een-en-twin-tig (4) pil-len (2)
        assertEquals(7, reading.syllables());
    }

    @Test
    void abbreviationsAreReadAsTheirWordsAndEndNoSentence() {
        FleschDouma.Reading reading = FleschDouma.read("Eet fruit, bijv. een appel. Beweeg o.a. door te wandelen, "
                + "d.w.z. elke dag. Neem water, thee enz. mee. Bv. nu. Dus m.a.w. rustig aan.");
        assertEquals(5, reading.sentences());
        // read as: 5 words; beweeg onder andere door te wandelen, dat wil zeggen elke dag (11); 5; bijvoorbeeld nu (2); 6
        assertEquals(29, reading.words());
        assertEquals("Zie bijvoorbeeld www.bijv.nl en subv. 3.", FleschDouma.spellOutAbbreviations("Zie bijv. www.bijv.nl en subv. 3."));
    }

    @Test
    void aSentenceWithVowelHiatusScoresWithTheSpokenSyllables() {
        FleschDouma.Reading reading = FleschDouma.read("Diabetes is een situatie.");
        // di-a-be-tes (4) is (1) een (1) si-tu-a-tie (4)
        assertEquals(10, reading.syllables());
        // 206.84 − 0.77 × 250 − 0.93 × 4 = 10.62
        assertEquals(10.62, reading.score(), 0.001);
    }

    @Test
    void aRunOfPunctuationEndsOneSentenceOnlyWhenWhiteSpaceOrTheEndFollows() {
        assertEquals(2, FleschDouma.read("Echt?!... Ja!!!").sentences());
        assertEquals(1, FleschDouma.read("Zie www.triade.nl en 3.5 mg...").sentences());
    }

    @Test
    void aLongRunOfPunctuationInsideTheTextIsReadInLinearTime() {
        // 100,000 sentence marks not followed by white space, then 50,000 word joiners: a backtracking pattern needs minutes.
        String text = "Dat is goed" + ".".repeat(50_000) + "!?".repeat(25_000) + "-'".repeat(25_000) + " Echt waar.";
        FleschDouma.Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> FleschDouma.read(text));
        assertEquals(1, reading.sentences());
        assertEquals(5, reading.words());
    }
}
