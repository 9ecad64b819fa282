package nl.triade.plugins.toetsingskader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.triade.spi.ConsultationSnapshot;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.KwaliteitsraadSnapshot;
import nl.triade.spi.ParticipantSnapshot;
import org.junit.jupiter.api.Test;

/** tk-parties for the document the Kwaliteitsraad writes for an agenda item: its recorded consultations stand in for the parties. */
class KwaliteitsraadPartiesTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    private static List<String> partyFindings(String author, List<ConsultationSnapshot> consultations) {
        DocumentSnapshot document = new DocumentSnapshot("doc_1", "standard", "draft", 1, 1, "0".repeat(64), "Reuma", null,
                null, null, null, null, null, null, List.of(new ParticipantSnapshot(author, "register", "author", null)),
                List.of(), List.of(), null, List.of(), List.of(), List.of(), List.of(),
                new KwaliteitsraadSnapshot("kwaliteitsraad", "agd_1", consultations));
        List<String> messages = new ArrayList<>();
        Rules.check(document, TODAY).stream().filter(finding -> finding.rule().equals("tk-parties"))
                .map(Finding::message).forEach(messages::add);
        return messages;
    }

    private static ConsultationSnapshot consulted(String kind, String how) {
        return new ConsultationSnapshot("org-" + kind, kind, TODAY.minusDays(7), how);
    }

    @Test
    void theCouncilsConsultationsOfTheThreePartiesStandInForTheirAuthorship() {
        assertEquals(List.of(), partyFindings("kwaliteitsraad", List.of(consulted("patient", "Spiegelgesprek"),
                consulted("provider", "Schriftelijke ronde"), consulted("insurer", "Overleg"))));
    }

    @Test
    void aPartyTheCouncilDidNotConsultIsNamed() {
        List<String> findings = partyFindings("kwaliteitsraad", List.of(consulted("patient", "Spiegelgesprek"),
                consulted("provider", " "), consulted("insurer", "Overleg")));
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).contains("zorgaanbieder"), findings.get(0));
    }

    @Test
    void consultationsCountOnlyWhenTheCouncilAuthorsTheDocument() {
        assertEquals(3, partyFindings("iemand-anders", List.of(consulted("patient", "Spiegelgesprek"),
                consulted("provider", "Schriftelijke ronde"), consulted("insurer", "Overleg"))).size());
    }
}
