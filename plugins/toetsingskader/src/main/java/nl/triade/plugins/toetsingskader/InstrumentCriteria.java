package nl.triade.plugins.toetsingskader;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.IndicatorSnapshot;

/**
 * The criteria for measurement instruments (meetinstrumenten), the same in TK 2015 (mi1–mi6) and
 * TK 3.0: the parties (mi1, {@code tk-parties} in {@link Rules}), the standard measured and the
 * purpose (mi2), the indicators (mi3), the measurement properties the purpose asks for (mi4,
 * {@link MeasurementProperties}), the work instruction and data delivery (mi5) and maintenance (mi6).
 */
final class InstrumentCriteria {
    private static final Set<String> DENOMINATOR_TYPES = Set.of("process", "outcome", "prom", "prem");

    private InstrumentCriteria() {
    }

    static void check(DocumentSnapshot document, LocalDate today, List<Finding> findings) {
        standardAndPurpose(document, findings);
        if (document.indicators().isEmpty()) {
            findings.add(Finding.error("tk-indicators", "indicators",
                    Texts.text("Het meetinstrument heeft geen indicatoren.", "The instrument has no indicators.")));
        }
        for (IndicatorSnapshot indicator : document.indicators()) {
            indicatorParts(indicator, findings);
        }
        MeasurementProperties.check(document, findings);
        if (Texts.isBlank(document.workInstruction())) {
            findings.add(Finding.error("tk-work-instruction", "workInstruction",
                    Texts.text("Het meetinstrument heeft geen werkinstructie.", "The instrument has no work instruction.")));
        }
        if ("public-information".equals(document.purpose())
                && Sections.find(document, "gegevensaanlevering", "aanlevering", "data delivery").isEmpty()
                && !document.hasPendingTimelineFor(today, "gegevensaanlevering", "aanlevering", "data delivery")) {
            findings.add(Finding.error("tk-data-delivery", "sections",
                    Texts.text("Voor publieke informatie moet de gegevensaanlevering beschreven zijn (sectie 'gegevensaanlevering'), "
                                    + "of een tijdpad ervoor.",
                            "Public information needs a description of the data delivery, or a timeline for one.")));
        }
        if (document.maintenancePlan() == null && !document.hasPendingTimelineFor(today, "onderhoudsplan", "maintenance plan")) {
            findings.add(Finding.error("tk-maintenance-plan", "maintenancePlan", Texts.text(
                    "Het meetinstrument heeft geen onderhoudsplan, en geen tijdpad ervoor.",
                    "The instrument has no maintenance plan, nor a timeline for one.")));
        }
    }

    private static void standardAndPurpose(DocumentSnapshot document, List<Finding> findings) {
        if (Texts.isBlank(document.standardId())) {
            findings.add(Finding.error("tk-instrument-standard", "standardId", Texts.text(
                    "Het meetinstrument noemt niet de kwaliteitsstandaard die het meet.",
                    "The instrument does not name the quality standard it measures.")));
        }
        if (document.purpose() == null) {
            findings.add(Finding.error("tk-instrument-purpose", "purpose", Texts.text(
                    "Het doel van het meetinstrument is niet gekozen (kwaliteitsverbetering, publieke informatie of inkoop).",
                    "The instrument's purpose is not chosen (improvement, public information or purchasing).")));
        }
    }

    private static void indicatorParts(IndicatorSnapshot indicator, List<Finding> findings) {
        String at = "indicators." + indicator.key();
        if (Texts.isBlank(indicator.numerator())) {
            findings.add(Finding.error("tk-indicator-numerator", at + ".numerator", Texts.text(
                    "Indicator '" + indicator.key() + "' heeft geen teller.", "Indicator '" + indicator.key() + "' has no numerator.")));
        }
        if (DENOMINATOR_TYPES.contains(indicator.type()) && Texts.isBlank(indicator.denominator())) {
            findings.add(Finding.error("tk-indicator-denominator", at + ".denominator", Texts.text(
                    "Indicator '" + indicator.key() + "' heeft geen noemer.", "Indicator '" + indicator.key() + "' has no denominator.")));
        }
        if (Texts.isBlank(indicator.dataSource())) {
            findings.add(Finding.error("tk-indicator-data-source", at + ".dataSource", Texts.text(
                    "Indicator '" + indicator.key() + "' heeft geen gegevensbron.", "Indicator '" + indicator.key() + "' has no data source.")));
        }
    }
}
