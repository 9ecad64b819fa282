package nl.triade.plugins.patientperspective;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.EvidenceSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.PluginContext;
import nl.triade.spi.Severity;
import org.junit.jupiter.api.Test;

/** The edges of the readability rule: exactly B1 passes, and the counting it rests on. */
class B1BoundaryTest {
    private static final PluginContext CONTEXT = new PluginContext("patient-perspective", Clock.systemUTC(), Map.of());

    /** 13 words a sentence, each "bakker" two syllables and each "kat" one. */
    private static String sentence(int bakkers) {
        return ("bakker ".repeat(bakkers) + "kat ".repeat(13 - bakkers)).strip() + ". ";
    }

    private static Finding readability(String patientVersion) {
        DocumentSnapshot document = new DocumentSnapshot("doc_1", "standard", "draft", 1, 1, "0".repeat(64), "Titel", null,
                null, patientVersion, null, null, null, null, List.of(), List.of(), List.of(), null, List.of(),
                List.of(new EvidenceSnapshot("focus-group", "Focusgroep", null, 12, null, null)), List.of());
        return new PatientPerspectiveValidator().validate(document, CONTEXT).stream()
                .filter(finding -> finding.rule().equals("pp-readability")).findFirst().orElseThrow();
    }

    @Test
    void aPatientVersionScoringExactlySixtyIsB1() {
        String text = sentence(10) + sentence(10) + sentence(10) + sentence(9);
        FleschDouma.Reading reading = FleschDouma.read(text);
        assertEquals(52, reading.words());
        assertEquals(4, reading.sentences());
        assertEquals(91, reading.syllables());
        // 206.84 − 0.77 × 175 − 0.93 × 13 = 60, exactly so in double arithmetic as well
        assertEquals(60.0, reading.score());
        assertEquals(Severity.INFO, readability(text).severity());
        assertEquals(Severity.ERROR, readability(sentence(10).repeat(4)).severity(), "one syllable more tips it below B1");
    }

    @Test
    void aTextWithoutAFullStopIsOneSentence() {
        FleschDouma.Reading reading = FleschDouma.read("Kort en klaar");
        assertEquals(1, reading.sentences());
        assertEquals(3, reading.words());
        assertEquals(0, FleschDouma.read("  ").sentences(), "no words, no sentence");
    }

    @Test
    void everyDiaeresisStartsASyllable() {
        assertEquals(3, FleschDouma.syllables("naäpen"));
        assertEquals(3, FleschDouma.syllables("ruïne"));
        assertEquals(5, FleschDouma.syllables("coöperatie"));
    }
}
