package nl.triade.plugins.patientperspective;

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
 * that patients can read (B1, measured with Flesch–Douma), patient experience bundled as evidence,
 * and, in instruments, at least one patient-reported indicator (PROM or PREM).
 */
@Extension
public final class PatientPerspectiveValidator implements DocumentValidator {
    private static final Set<String> EXPERIENCE = Set.of("survey", "focus-group", "mirror-conversation", "els-borst-conversation");

    @Override
    public List<Finding> validate(DocumentSnapshot document, PluginContext context) {
        List<Finding> findings = new ArrayList<>();
        if (document.patientVersion() == null || document.patientVersion().isBlank()) {
            findings.add(Finding.error("pp-patient-version", "patientVersion",
                    "Er is geen cliëntenversie. (There is no patient version.)"));
        } else {
            FleschDouma.Reading reading = FleschDouma.read(document.patientVersion());
            String score = String.format(Locale.ROOT, "%.0f", reading.score());
            if (reading.score() < FleschDouma.B1) {
                findings.add(Finding.error("pp-readability", "patientVersion", "De cliëntenversie scoort " + score
                        + " op Flesch-Douma; voor B1 is 60 of meer nodig: kortere zinnen, kortere woorden. (The patient version scores "
                        + score + " on Flesch-Douma; B1 needs 60 or more.)"));
            } else {
                findings.add(Finding.info("pp-readability", "patientVersion", "Flesch-Douma " + score + " (B1)."));
            }
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
}
