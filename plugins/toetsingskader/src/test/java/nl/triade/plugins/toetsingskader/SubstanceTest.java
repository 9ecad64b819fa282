package nl.triade.plugins.toetsingskader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What counts as a placeholder, and how a text's length is counted. */
class SubstanceTest {
    private static final String REAL = "De huisarts meet het urinezuur.";

    @Test
    void fillersMarkupAndRepetitionArePlaceholders() {
        for (String placeholder : List.of("", "x", "y", "X.", "xx", "...", "…", "---", "123", "n.v.t.", "NVT", "n/a", "p.m.", "TBD",
                "TODO", "ToDo: beschrijven", "Volgt nog.", "nog invullen", "**tekst**", "# Test", "Lorem ipsum dolor sit amet",
                "aaaa aaaa", "tekst tekst tekst", "idem", "FIXME later", "zie XXX")) {
            assertEquals(Substance.Lack.PLACEHOLDER, Substance.of(placeholder, 1), placeholder);
        }
    }

    @Test
    void aRealTextIsNoPlaceholderWhateverItsLength() {
        for (String text : List.of("Ja", "Voetzorg", "Zie bijlage 2.", "Geen: 'nvt' zou hier niet passen.", REAL, "Texts about tests")) {
            assertEquals(Substance.Lack.NOTHING, Substance.of(text, 1), text);
        }
    }

    @Test
    void theLengthLeavesMarkupOutAndCollapsesWhiteSpace() {
        assertEquals(31, Substance.length(REAL));
        assertEquals(31, Substance.length("## " + REAL.replace(" ", "  \n ") + "  "));
        assertEquals(3, Substance.length("één"), "characters, not bytes");
        assertEquals(Substance.Lack.NOTHING, Substance.of(REAL, 31));
        assertEquals(Substance.Lack.LENGTH, Substance.of(REAL, 32));
        assertEquals(Substance.Lack.LENGTH, Substance.of("*" + REAL + "*", 32), "markup does not count");
    }
}
