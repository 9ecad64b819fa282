package nl.triade.plugins.toetsingskader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.EvidenceSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.PropertyStudySnapshot;

/**
 * Mi4 of both frameworks: the measurement properties an instrument's purpose asks for, judged on
 * what the evidence reports it found ({@code studies}), never on the words of its title. Public
 * information (transparantie, keuze-informatie) needs validity, reliability and discriminating power
 * established: its results rank care providers for patients, so it must show real differences
 * between them. Purchasing needs validity and reliability; quality improvement within a practice
 * asks none of them. A property established in some evidence counts and is listed for the
 * Register's reviewer, who judges the study; without a reference they cannot, which is a warning.
 */
final class MeasurementProperties {
    private enum Property {
        VALIDITY("validity", "tk-validity-reliability", "validiteit"),
        RELIABILITY("reliability", "tk-validity-reliability", "betrouwbaarheid"),
        DISCRIMINATING_POWER("discriminating-power", "tk-discriminating-power", "onderscheidend vermogen");

        private final String wire;
        private final String rule;
        private final String dutch;

        Property(String wire, String rule, String dutch) {
            this.wire = wire;
            this.rule = rule;
            this.dutch = dutch;
        }

        String english() {
            return wire.replace('-', ' ');
        }
    }

    private MeasurementProperties() {
    }

    static void check(DocumentSnapshot document, List<Finding> findings) {
        for (Property property : required(document.purpose())) {
            findings.add(judge(document, property));
        }
    }

    private static List<Property> required(String purpose) {
        if ("public-information".equals(purpose)) {
            return List.of(Property.VALIDITY, Property.RELIABILITY, Property.DISCRIMINATING_POWER);
        }
        return "purchasing".equals(purpose) ? List.of(Property.VALIDITY, Property.RELIABILITY) : List.of();
    }

    private static Finding judge(DocumentSnapshot document, Property property) {
        Optional<EvidenceSnapshot> establishing = document.evidence().stream()
                .filter(evidence -> "established".equals(result(evidence, property))).findFirst();
        String purpose = "public-information".equals(document.purpose()) ? "publieke informatie" : "inkoop";
        String englishPurpose = "public-information".equals(document.purpose()) ? "public information" : "purchasing";
        if (establishing.isEmpty()) {
            return Finding.error(property.rule, "evidence", Texts.text(
                    "Voor " + purpose + " moet " + property.dutch + " vastgesteld zijn: " + found(document, property, true) + ".",
                    Texts.capitalised(englishPurpose) + " needs " + property.english() + " established: "
                            + found(document, property, false) + "."));
        }
        EvidenceSnapshot evidence = establishing.get();
        if (Texts.isBlank(evidence.reference())) {
            return Finding.warning(property.rule, "evidence", Texts.text(
                    Texts.capitalised(property.dutch) + " is vastgesteld volgens '" + evidence.title()
                            + "', zonder bron: de toetser van het Register kan het onderzoek niet nalezen.",
                    Texts.capitalised(property.english()) + " is established according to '" + evidence.title()
                            + "', without a reference: the Register's reviewer cannot read the study."));
        }
        String details = details(evidence);
        return Finding.info(property.rule, "evidence", Texts.text(
                "Ter beoordeling door de toetser van het Register: " + property.dutch + " vastgesteld in '" + evidence.title()
                        + "' (" + details + ").",
                "For the Register's reviewer to judge: " + property.english() + " established in '" + evidence.title()
                        + "' (" + details + ")."));
    }

    /** What the evidence reports of a property that none establishes. */
    private static String found(DocumentSnapshot document, Property property, boolean dutch) {
        List<String> reports = new ArrayList<>();
        for (EvidenceSnapshot evidence : document.evidence()) {
            String result = result(evidence, property);
            if ("not-established".equals(result)) {
                reports.add((dutch ? "niet vastgesteld in '" : "not established in '") + evidence.title() + "'");
            } else if ("not-studied".equals(result)) {
                reports.add((dutch ? "niet onderzocht volgens '" : "not studied according to '") + evidence.title() + "'");
            }
        }
        if (reports.isEmpty()) {
            return dutch ? "geen onderbouwing meldt een onderzoek ervan" : "no evidence reports a study of it";
        }
        return String.join("; ", reports);
    }

    private static String result(EvidenceSnapshot evidence, Property property) {
        return evidence.studies().stream().filter(study -> study.property().equals(property.wire))
                .map(PropertyStudySnapshot::result).findFirst().orElse(null);
    }

    /** The population, its size and the reference, as far as given. */
    private static String details(EvidenceSnapshot evidence) {
        List<String> parts = new ArrayList<>();
        if (!Texts.isBlank(evidence.population())) {
            parts.add(evidence.population());
        }
        if (evidence.respondents() != null) {
            parts.add("n = " + evidence.respondents());
        }
        parts.add(evidence.reference());
        return String.join("; ", parts);
    }
}
