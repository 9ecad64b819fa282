package nl.triade.plugins.patientperspective;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.DocumentValidator;
import nl.triade.spi.Finding;
import nl.triade.spi.PluginContext;
import org.pf4j.Extension;

/**
 * What a patient organisation checks before it authorises: a patient version (cliëntenversie)
 * that patients can read (B1, measured with Flesch–Douma) or a tijdpad that promises one, patient
 * experience bundled as evidence, and, in instruments, at least one patient-reported indicator (PROM or PREM).
 */
@Extension
public final class PatientPerspectiveValidator implements DocumentValidator {
    /** The words a tijdpad's deliverable may name the cliëntenversie by, as the Toetsingskader reads them. */
    private static final String[] PATIENT_VERSION = {"cliëntenversie", "clientenversie", "patient version"};
    /** The Register is Dutch: a tijdpad due on 30 June counts until that day ends in the Netherlands. */
    private static final ZoneId REGISTER_ZONE = ZoneId.of("Europe/Amsterdam");
    private static final Set<String> EXPERIENCE = Set.of("survey", "focus-group", "mirror-conversation", "els-borst-conversation");

    @Override
    public List<Finding> validate(DocumentSnapshot document, PluginContext context) {
        List<Finding> findings = new ArrayList<>();
        if (document.patientVersion() == null || document.patientVersion().isBlank()) {
            findings.add(missingPatientVersion(document, LocalDate.ofInstant(context.clock().instant(), REGISTER_ZONE)));
        } else {
            findings.add(readability(FleschDouma.read(document.patientVersion())));
        }
        if (document.evidence().stream().noneMatch(evidence -> EXPERIENCE.contains(evidence.type()))) {
            findings.add(Finding.error("pp-experience", "evidence", "Er zijn geen patiëntervaringen gebundeld (enquête, focusgroep, "
                    + "spiegelgesprek). (No bundled patient experience: survey, focus group, mirror conversation.)"));
        }
        if (document.isInstrument() && document.indicators().stream()
                .noneMatch(indicator -> indicator.type().equals("prom") || indicator.type().equals("prem"))) {
            findings.add(Finding.error("pp-prom-prem", "indicators",
                    "Het meetinstrument heeft geen PROM of PREM. (The instrument has no PROM or PREM indicator.)"));
        }
        return findings;
    }

    /**
     * The Toetsingskader accepts a tijdpad for the cliëntenversie, and so does the patient
     * organisation: one due {@code today} or later, as the toetsingskader validator reads it.
     */
    private static Finding missingPatientVersion(DocumentSnapshot document, LocalDate today) {
        if (document.hasPendingTimelineFor(today, PATIENT_VERSION)) {
            return Finding.info("pp-patient-version", "timelines", "De cliëntenversie volgt volgens het tijdpad; de leesbaarheid "
                    + "wordt gemeten zodra zij er is. (The patient version is promised on a timeline; its readability is measured "
                    + "once it is there.)");
        }
        return Finding.error("pp-patient-version", "patientVersion", "Er is geen cliëntenversie, en geen tijdpad ervoor dat nog "
                + "loopt. (There is no patient version, nor a timeline for one that is still running.)");
    }

    private static Finding readability(FleschDouma.Reading reading) {
        if (!reading.scorable()) {
            return Finding.error("pp-readability", "patientVersion", "De cliëntenversie bevat geen woorden, alleen leestekens of "
                    + "getallen; de leesbaarheid is niet te meten. (The patient version holds no words, only punctuation or numbers; "
                    + "its readability cannot be measured.)");
        }
        String score = String.format(Locale.ROOT, "%.0f", reading.score());
        if (reading.score() < FleschDouma.B1) {
            return Finding.error("pp-readability", "patientVersion", "De cliëntenversie scoort " + score
                    + " op Flesch-Douma; voor B1 is 60 of meer nodig: kortere zinnen, kortere woorden. (The patient version scores "
                    + score + " on Flesch-Douma; B1 needs 60 or more.)");
        }
        return Finding.info("pp-readability", "patientVersion", "Flesch-Douma " + score + " (B1).");
    }
}
