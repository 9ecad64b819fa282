package nl.triade.plugins.toetsingskader;

import static nl.triade.plugins.toetsingskader.Texts.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.triade.spi.AbsenceSnapshot;
import nl.triade.spi.ConsultationSnapshot;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.KwaliteitsraadSnapshot;
import nl.triade.spi.ParticipantSnapshot;

/**
 * {@code tk-parties}: patients, care providers and insurers each author the document, or declined
 * with a motivation, or an absence statement covers a kind without any organisation in Triade
 * (TK 2015 KS1 and MI1, TK 3.0 criterion 1 and MI1).
 */
final class Parties {
    private Parties() {
    }

    private enum Party {
        PATIENT, PROVIDER, INSURER
    }

    static void check(DocumentSnapshot document, List<Finding> findings) {
        Set<Party> missing = EnumSet.allOf(Party.class);
        for (ParticipantSnapshot participant : document.participants()) {
            boolean counts = participant.role().equals("author")
                    || participant.role().equals("declined") && participant.motivation() != null && !participant.motivation().isBlank();
            if (counts && !participant.organisationKind().equals("register") && !participant.organisationKind().equals("unknown")) {
                missing.remove(Party.valueOf(participant.organisationKind().toUpperCase(Locale.ROOT)));
            }
        }
        for (AbsenceSnapshot absence : document.absences()) {
            if (!absence.motivation().isBlank()) {
                missing.remove(Party.valueOf(absence.party().toUpperCase(Locale.ROOT)));
            }
        }
        KwaliteitsraadSnapshot council = councilAuthoring(document);
        if (council != null) {
            for (ConsultationSnapshot consultation : council.consultations()) {
                missing.removeIf(party -> party.name().equalsIgnoreCase(consultation.organisationKind())
                        && !consultation.how().isBlank());
            }
        }
        for (Party party : missing) {
            String kind = party.name().toLowerCase(Locale.ROOT);
            findings.add(council == null
                    ? Finding.error("tk-parties", "participants",
                            text("Geen " + dutch(party) + " als auteur, en geen gemotiveerde weigering.",
                                    "No " + kind + " organisation authors it, nor declined with a motivation."))
                    : Finding.error("tk-parties", "kwaliteitsraad",
                            text("De Kwaliteitsraad heeft niet vastgelegd dat hij een " + dutch(party) + " raadpleegde.",
                                    "The Kwaliteitsraad recorded no consultation of a " + kind + " organisation.")));
        }
    }

    /**
     * The Kwaliteitsraad's mandate, when the council writes the document for an agenda item and
     * authors it: where the field failed to deliver, its recorded consultations of the three parties
     * stand in for their authorship (art. 66c Zvw). Null otherwise.
     */
    private static KwaliteitsraadSnapshot councilAuthoring(DocumentSnapshot document) {
        KwaliteitsraadSnapshot council = document.kwaliteitsraad();
        if (council == null) {
            return null;
        }
        boolean authors = document.participants().stream().anyMatch(participant ->
                participant.organisation().equals(council.organisation()) && participant.role().equals("author"));
        return authors ? council : null;
    }

    private static String dutch(Party party) {
        return switch (party) {
            case PATIENT -> "patiëntenorganisatie";
            case PROVIDER -> "zorgaanbieder";
            case INSURER -> "zorgverzekeraar";
        };
    }
}
