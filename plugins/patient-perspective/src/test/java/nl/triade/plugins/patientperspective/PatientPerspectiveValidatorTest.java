package nl.triade.plugins.patientperspective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.EvidenceSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.IndicatorSnapshot;
import nl.triade.spi.PluginContext;
import nl.triade.spi.Severity;
import org.junit.jupiter.api.Test;

class PatientPerspectiveValidatorTest {
    private static final PluginContext CONTEXT = new PluginContext("patient-perspective", Clock.systemUTC(), Map.of());
    private static final EvidenceSnapshot FOCUS_GROUP = new EvidenceSnapshot("focus-group", "Focusgroep", null, 12, null, null);

    private static DocumentSnapshot document(String kind, String patientVersion, List<EvidenceSnapshot> evidence,
                                             List<IndicatorSnapshot> indicators) {
        return new DocumentSnapshot("doc_1", kind, "draft", 1, 1, "0".repeat(64), "Titel", null, null, patientVersion, null,
                null, null, null, List.of(), List.of(), indicators, null, List.of(), evidence, List.of());
    }

    private static List<String> errors(DocumentSnapshot document) {
        return new PatientPerspectiveValidator().validate(document, CONTEXT).stream()
                .filter(finding -> finding.severity() == Severity.ERROR).map(Finding::rule).toList();
    }

    @Test
    void aReadablePatientVersionWithExperiencePasses() {
        assertEquals(List.of(), errors(document("standard", "Heeft u pijn? Bel de huisarts.", List.of(FOCUS_GROUP), List.of())));
    }

    @Test
    void aMissingPatientVersionIsAnError() {
        assertEquals(List.of("pp-patient-version"), errors(document("standard", null, List.of(FOCUS_GROUP), List.of())));
    }

    @Test
    void aHardPatientVersionIsAnError() {
        assertEquals(List.of("pp-readability"), errors(document("standard",
                "Multidisciplinaire behandelingsprotocollen vereisen interdisciplinaire coördinatie.", List.of(FOCUS_GROUP), List.of())));
    }

    @Test
    void literatureIsNoPatientExperience() {
        EvidenceSnapshot literature = new EvidenceSnapshot("literature", "Richtlijn", null, null, null, null);
        assertEquals(List.of("pp-experience"), errors(document("standard", "Kort en klaar.", List.of(literature), List.of())));
    }

    @Test
    void anInstrumentNeedsAPromOrPrem() {
        IndicatorSnapshot process = new IndicatorSnapshot("controle", "Controle", "process", "t", "n", null, "HIS", null, null);
        assertEquals(List.of("pp-prom-prem"), errors(document("instrument", "Kort en klaar.", List.of(FOCUS_GROUP), List.of(process))));
        IndicatorSnapshot prem = new IndicatorSnapshot("ervaring", "Ervaring", "prem", "t", "n", null, "CQI", null, null);
        assertEquals(List.of(), errors(document("instrument", "Kort en klaar.", List.of(FOCUS_GROUP), List.of(process, prem))));
    }

    @Test
    void aPatientVersionWithALongRunOfPunctuationIsScoredInTime() {
        String patientVersion = "Heeft u pijn" + "?".repeat(100_000) + "Bel de huisarts.";
        List<String> errors = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> errors(document("standard", patientVersion, List.of(FOCUS_GROUP), List.of())));
        assertEquals(List.of(), errors);
    }
}
