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
import nl.triade.spi.EvidenceSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.IndicatorSnapshot;
import nl.triade.spi.KwaliteitsraadSnapshot;
import nl.triade.spi.ParticipantSnapshot;
import nl.triade.spi.SectionSnapshot;

/**
 * The admission criteria of the Toetsingskader kwaliteitsstandaarden, informatiestandaarden en
 * meetinstrumenten (2015, version 3.0), as far as a registry can check them. Rule ids are stable;
 * messages are in Dutch with the English in brackets. Where the criteria accept a tijdpad for a
 * missing part, only one whose due date has not passed counts: a broken promise is a missing part.
 */
final class Rules {
    private static final Set<String> DENOMINATOR_TYPES = Set.of("process", "outcome", "prom", "prem");

    private Rules() {
    }

    /** The findings on {@code document}, with {@code today} the date in the Netherlands. */
    static List<Finding> check(DocumentSnapshot document, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        parties(document, findings);
        if (document.isStandard()) {
            standard(document, today, findings);
        } else {
            instrument(document, today, findings);
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

    private static void standard(DocumentSnapshot document, LocalDate today, List<Finding> findings) {
        if (!hasSection(document, "zorginhoud", "inhoud van zorg", "content of care")) {
            findings.add(Finding.error("tk-care-content", "sections",
                    text("De inhoud van zorg is niet beschreven (sectie 'zorginhoud').", "The content of care is not described.")));
        }
        if (!hasSection(document, "organisatie", "organisatie van zorg", "organisation of care")) {
            findings.add(Finding.error("tk-care-organisation", "sections",
                    text("De organisatie van zorg is niet beschreven (sectie 'organisatie').", "The organisation of care is not described.")));
        }
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

    private static void instrument(DocumentSnapshot document, LocalDate today, List<Finding> findings) {
        if (isBlank(document.workInstruction())) {
            findings.add(Finding.error("tk-work-instruction", "workInstruction",
                    text("Het meetinstrument heeft geen werkinstructie.", "The instrument has no work instruction.")));
        }
        boolean publicUse = "public-information".equals(document.purpose()) || "purchasing".equals(document.purpose());
        if (publicUse && !(hasEvidence(document, "validiteit", "validity") && hasEvidence(document, "betrouwbaarheid", "reliability"))) {
            findings.add(Finding.error("tk-validity-reliability", "evidence",
                    text("Voor publieke informatie of inkoop is onderbouwing van validiteit én betrouwbaarheid nodig.",
                            "Public information or purchasing needs evidence of both validity and reliability.")));
        }
        if ("public-information".equals(document.purpose())
                && !hasSection(document, "gegevensaanlevering", "aanlevering", "data delivery")
                && !hasPendingTimeline(document, today, "gegevensaanlevering", "aanlevering", "data delivery")) {
            findings.add(Finding.error("tk-data-delivery", "sections",
                    text("Voor publieke informatie moet de gegevensaanlevering beschreven zijn (sectie 'gegevensaanlevering'), "
                                    + "of een tijdpad ervoor.",
                            "Public information needs a description of the data delivery, or a timeline for one.")));
        }
        for (IndicatorSnapshot indicator : document.indicators()) {
            indicatorParts(indicator, findings);
        }
    }

    private static void indicatorParts(IndicatorSnapshot indicator, List<Finding> findings) {
        String at = "indicators." + indicator.key();
        if (isBlank(indicator.numerator())) {
            findings.add(Finding.error("tk-indicator-numerator", at + ".numerator",
                    text("Indicator '" + indicator.key() + "' heeft geen teller.", "Indicator '" + indicator.key() + "' has no numerator.")));
        }
        if (DENOMINATOR_TYPES.contains(indicator.type()) && isBlank(indicator.denominator())) {
            findings.add(Finding.error("tk-indicator-denominator", at + ".denominator",
                    text("Indicator '" + indicator.key() + "' heeft geen noemer.", "Indicator '" + indicator.key() + "' has no denominator.")));
        }
        if (isBlank(indicator.dataSource())) {
            findings.add(Finding.error("tk-indicator-data-source", at + ".dataSource",
                    text("Indicator '" + indicator.key() + "' heeft geen gegevensbron.", "Indicator '" + indicator.key() + "' has no data source.")));
        }
    }

    private static boolean hasSection(DocumentSnapshot document, String key, String... titleWords) {
        for (SectionSnapshot section : document.sections()) {
            String title = section.title().toLowerCase(Locale.ROOT);
            boolean titled = java.util.Arrays.stream(titleWords).anyMatch(title::contains);
            if ((section.key().equals(key) || titled) && !section.body().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A tijdpad for one of {@code deliverables} whose due date is today or later. */
    private static boolean hasPendingTimeline(DocumentSnapshot document, LocalDate today, String... deliverables) {
        return document.timelines().stream().anyMatch(timeline -> timeline.dueDate() != null && !timeline.dueDate().isBefore(today)
                && java.util.Arrays.stream(deliverables).anyMatch(word -> timeline.deliverable().toLowerCase(Locale.ROOT).contains(word)));
    }

    private static boolean hasEvidence(DocumentSnapshot document, String... words) {
        for (EvidenceSnapshot evidence : document.evidence()) {
            String text = (evidence.title() + " " + (evidence.summary() == null ? "" : evidence.summary())).toLowerCase(Locale.ROOT);
            if (java.util.Arrays.stream(words).anyMatch(text::contains)) {
                return true;
            }
        }
        return false;
    }

    private static String dutch(Party party) {
        return switch (party) {
            case PATIENT -> "patiëntenorganisatie";
            case PROVIDER -> "zorgaanbieder";
            case INSURER -> "zorgverzekeraar";
        };
    }

    private static String text(String dutch, String english) {
        return dutch + " (" + english + ")";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
