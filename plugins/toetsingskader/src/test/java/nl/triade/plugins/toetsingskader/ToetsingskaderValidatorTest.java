package nl.triade.plugins.toetsingskader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.ParticipantSnapshot;
import nl.triade.spi.PluginContext;
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
        assertEquals(Rules.check(document), findings);
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
            String message = Rules.check(standardWithParticipants(others)).stream()
                    .filter(finding -> finding.rule().equals("tk-parties")).findFirst().orElseThrow().message();
            String expected = List.of("patiëntenorganisatie", "zorgaanbieder", "zorgverzekeraar").get(missing);
            assertTrue(message.startsWith("Geen " + expected + " als auteur"), message);
        }
    }
}
