package nl.triade.plugins.toetsingskader;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * The admission criteria of the Toetsingskader kwaliteitsstandaarden, informatiestandaarden en
 * meetinstrumenten (2015, version 3.0), as far as a registry can check them. Rule ids are stable;
 * messages are in Dutch with the English in brackets. Where the criteria accept a tijdpad for a
 * missing part, only one whose due date has not passed counts: a broken promise is a missing part.
 */
final class Rules {
    private Rules() {
    }

    /** The findings on {@code document} with the default {@link MinimumLengths}, {@code today} the date in the Netherlands. */
    static List<Finding> check(DocumentSnapshot document, LocalDate today) {
        return check(document, today, MinimumLengths.DEFAULTS);
    }

    /** The findings on {@code document}, with {@code today} the date in the Netherlands. */
    static List<Finding> check(DocumentSnapshot document, LocalDate today, MinimumLengths minimum) {
        List<Finding> findings = new ArrayList<>();
        parties(document, findings);
        if (document.isStandard()) {
            standard(document, today, minimum, findings);
        } else {
            InstrumentCriteria.check(document, today, findings);
        }
        return findings;
    }

    private enum Party {
        PATIENT, PROVIDER, INSURER
    }

    private static void parties(DocumentSnapshot document, List<Finding> findings) {
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

    private static void standard(DocumentSnapshot document, LocalDate today, MinimumLengths minimum, List<Finding> findings) {
        ContentCriteria.check(document, minimum, findings);
        if (isBlank(document.patientVersion()) && !hasPendingTimeline(document, today, "cliëntenversie", "clientenversie", "patient version")) {
            findings.add(Finding.error("tk-patient-version", "patientVersion",
                    text("Er is geen cliëntenversie, en geen tijdpad ervoor.", "There is no patient version, nor a timeline for one.")));
        }
        if (isBlank(document.summary()) && !hasPendingTimeline(document, today, "samenvatting", "summary")) {
            findings.add(Finding.error("tk-summary", "summary",
                    text("Er is geen samenvatting, en geen tijdpad ervoor.", "There is no summary, nor a timeline for one.")));
        }
        if (document.maintenancePlan() == null && !hasPendingTimeline(document, today, "onderhoudsplan", "maintenance plan")) {
            findings.add(Finding.error("tk-maintenance-plan", "maintenancePlan",
                    text("Er is geen onderhoudsplan, en geen tijdpad ervoor.", "There is no maintenance plan, nor a timeline for one.")));
        }
        if (document.instrumentIds().isEmpty() && !hasPendingTimeline(document, today, "meetinstrument", "measurement instrument")) {
            findings.add(Finding.error("tk-instrument", "instrumentIds",
                    text("Geen meetinstrument verwijst naar deze standaard, en er is geen tijdpad voor een meetinstrument.",
                            "No measurement instrument measures this standard, nor is there a timeline for one.")));
        }
    }

    /** A tijdpad for one of {@code deliverables} whose due date is today or later. */
    static boolean hasPendingTimeline(DocumentSnapshot document, LocalDate today, String... deliverables) {
        return document.timelines().stream().anyMatch(timeline -> timeline.dueDate() != null && !timeline.dueDate().isBefore(today)
                && java.util.Arrays.stream(deliverables).anyMatch(word -> timeline.deliverable().toLowerCase(Locale.ROOT).contains(word)));
    }

    private static String dutch(Party party) {
        return switch (party) {
            case PATIENT -> "patiëntenorganisatie";
            case PROVIDER -> "zorgaanbieder";
            case INSURER -> "zorgverzekeraar";
        };
    }

    static String text(String dutch, String english) {
        return dutch + " (" + english + ")";
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
