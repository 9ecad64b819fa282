package nl.triade.plugins.toetsingskader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.ParticipantSnapshot;
import nl.triade.spi.PluginContext;
import nl.triade.spi.TimelineSnapshot;
import org.junit.jupiter.api.Test;

/** The extension as the host calls it, and the party finding a reader acts on. */
class ToetsingskaderValidatorTest {

    private static DocumentSnapshot standardWithParticipants(List<ParticipantSnapshot> participants) {
        return new DocumentSnapshot("doc_1", "standard", "draft", 1, 1, "0".repeat(64), "Titel", null, "Samenvatting",
                "Uitleg", null, null, null, null, participants, List.of(), List.of(), null, List.of(), List.of(), List.of());
    }

    @Test
    void theValidatorReportsWhatTheRulesFind() {
        DocumentSnapshot document = standardWithParticipants(List.of());
        List<Finding> findings = new ToetsingskaderValidator().validate(document,
                new PluginContext("toetsingskader", Clock.systemUTC(), Map.of()));
        assertEquals(Rules.check(document, LocalDate.now(ZoneOffset.UTC)), findings);
        assertEquals(3, findings.stream().filter(finding -> finding.rule().equals("tk-parties")).count());
    }

    @Test
    void thePartyFindingNamesTheMissingPartyInDutch() {
        List<ParticipantSnapshot> authors = List.of(new ParticipantSnapshot("patienten", "patient", "author", null),
                new ParticipantSnapshot("artsen", "provider", "author", null),
                new ParticipantSnapshot("verzekeraar", "insurer", "author", null));
        for (int missing = 0; missing < authors.size(); missing++) {
            List<ParticipantSnapshot> others = new ArrayList<>(authors);
            others.remove(missing);
            String message = Rules.check(standardWithParticipants(others), LocalDate.of(2026, 11, 30)).stream()
                    .filter(finding -> finding.rule().equals("tk-parties")).findFirst().orElseThrow().message();
            String expected = List.of("patiëntenorganisatie", "zorgaanbieder", "zorgverzekeraar").get(missing);
            assertTrue(message.startsWith("Geen " + expected + " als auteur"), message);
        }
    }

    @Test
    void aTimelineIsDueOnTheHostsClockInTheNetherlands() {
        DocumentSnapshot document = new DocumentSnapshot("doc_1", "standard", "draft", 1, 1, "0".repeat(64), "Titel", null,
                "Samenvatting", "Uitleg", null, null, null, null, List.of(), List.of(), List.of(), null,
                List.of(new TimelineSnapshot("meetinstrument", LocalDate.of(2026, 6, 30), null)), List.of(), List.of());
        Instant lateEveningInUtc = Instant.parse("2026-06-30T22:30:00Z");
        assertTrue(rules(document, lateEveningInUtc).contains("tk-instrument"), "00:30 on 1 July in Amsterdam: 30 June has passed");
        assertFalse(rules(document, lateEveningInUtc.minusSeconds(3600)).contains("tk-instrument"), "23:30 in Amsterdam");
    }

    private static List<String> rules(DocumentSnapshot document, Instant now) {
        return new ToetsingskaderValidator().validate(document,
                new PluginContext("toetsingskader", Clock.fixed(now, ZoneOffset.UTC), Map.of())).stream().map(Finding::rule).toList();
    }
}
