package nl.triade.plugins.patientperspective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.EvidenceSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.IndicatorSnapshot;
import nl.triade.spi.PluginContext;
import nl.triade.spi.Severity;
import nl.triade.spi.TimelineSnapshot;
import org.junit.jupiter.api.Test;

class PatientPerspectiveValidatorTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final PluginContext CONTEXT = new PluginContext("patient-perspective", Clock.fixed(NOW, ZoneOffset.UTC), Map.of());
    private static final EvidenceSnapshot FOCUS_GROUP = new EvidenceSnapshot("focus-group", "Focusgroep", null, 12, null, null);

    private static DocumentSnapshot document(String kind, String patientVersion, List<EvidenceSnapshot> evidence,
                                             List<IndicatorSnapshot> indicators) {
        return document(kind, patientVersion, evidence, indicators, List.of());
    }

    private static DocumentSnapshot document(String kind, String patientVersion, List<EvidenceSnapshot> evidence,
                                             List<IndicatorSnapshot> indicators, List<TimelineSnapshot> timelines) {
        return new DocumentSnapshot("doc_1", kind, "draft", 1, 1, "0".repeat(64), "Titel", null, null, patientVersion, null,
                null, null, null, List.of(), List.of(), indicators, null, timelines, evidence, List.of());
    }

    private static List<String> errors(DocumentSnapshot document) {
        return errors(document, NOW);
    }

    private static List<String> errors(DocumentSnapshot document, Instant now) {
        PluginContext context = new PluginContext("patient-perspective", Clock.fixed(now, ZoneOffset.UTC), Map.of());
        return new PatientPerspectiveValidator().validate(document, context).stream()
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
    void aPatientVersionOnATijdpadIsAcceptedAsTheToetsingskaderAcceptsIt() {
        DocumentSnapshot promised = document("standard", null, List.of(FOCUS_GROUP), List.of(),
                List.of(new TimelineSnapshot("Cliëntenversie", LocalDate.of(2027, 6, 30), "Met de patiëntenvereniging")));
        List<Finding> findings = new PatientPerspectiveValidator().validate(promised, CONTEXT);
        assertEquals(List.of(), errors(promised));
        Finding patientVersion = findings.stream().filter(finding -> finding.rule().equals("pp-patient-version")).findFirst()
                .orElseThrow();
        assertEquals(Severity.INFO, patientVersion.severity());
        assertEquals("timelines", patientVersion.path());
        DocumentSnapshot otherPromise = document("standard", null, List.of(FOCUS_GROUP), List.of(),
                List.of(new TimelineSnapshot("meetinstrument", LocalDate.of(2027, 6, 30), null)));
        assertEquals(List.of("pp-patient-version"), errors(otherPromise), "a tijdpad for something else is no patient version");
    }

    @Test
    void aTijdpadForThePatientVersionCountsUntilItsDueDateHasPassedInTheNetherlands() {
        DocumentSnapshot promised = document("standard", null, List.of(FOCUS_GROUP), List.of(),
                List.of(new TimelineSnapshot("cliëntenversie", LocalDate.of(2026, 6, 30), null)));
        // 30 June 22:30 UTC is already 1 July in Amsterdam (summer time, UTC+2)
        assertEquals(List.of(), errors(promised, Instant.parse("2026-06-30T21:59:59Z")));
        assertEquals(List.of("pp-patient-version"), errors(promised, Instant.parse("2026-06-30T22:00:00Z")));
    }

    @Test
    void aPatientVersionWithoutWordsCannotBeScoredAndIsAnError() {
        for (String unscorable : new String[] {"...", "12 - 3.5 %", "?!", "2024."}) {
            assertEquals(List.of("pp-readability"), errors(document("standard", unscorable, List.of(FOCUS_GROUP), List.of())),
                    unscorable);
        }
    }

    @Test
    void aTwoMebibytePatientVersionIsScored() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 2 * 1024 * 1024; i++) {
            // ever new words, so nothing is read twice: diabetesvereniging0, 1 … and a number in each sentence
            text.append("De diabetesvereniging").append(Integer.toString(i, 26).replace('0', 'q')).append(" helpt ").append(i)
                    .append(" patiënten bijv. met een situatie. ");
        }
        List<String> errors = errors(document("standard", text.toString(), List.of(FOCUS_GROUP), List.of()));
        assertEquals(List.of("pp-readability"), errors, "long words and numbers: a hard text");
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
