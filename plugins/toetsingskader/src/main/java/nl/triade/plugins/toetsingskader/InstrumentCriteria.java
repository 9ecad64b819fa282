package nl.triade.plugins.toetsingskader;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.EvidenceSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.IndicatorSnapshot;

/** The criteria for measurement instruments (meetinstrumenten), the same in TK 2015 and TK 3.0. */
final class InstrumentCriteria {
    private static final Set<String> DENOMINATOR_TYPES = Set.of("process", "outcome", "prom", "prem");

    private InstrumentCriteria() {
    }

    static void check(DocumentSnapshot document, LocalDate today, List<Finding> findings) {
        if (Rules.isBlank(document.workInstruction())) {
            findings.add(Finding.error("tk-work-instruction", "workInstruction",
                    Rules.text("Het meetinstrument heeft geen werkinstructie.", "The instrument has no work instruction.")));
        }
        boolean publicUse = "public-information".equals(document.purpose()) || "purchasing".equals(document.purpose());
        if (publicUse && !(hasEvidence(document, "validiteit", "validity") && hasEvidence(document, "betrouwbaarheid", "reliability"))) {
            findings.add(Finding.error("tk-validity-reliability", "evidence",
                    Rules.text("Voor publieke informatie of inkoop is onderbouwing van validiteit én betrouwbaarheid nodig.",
                            "Public information or purchasing needs evidence of both validity and reliability.")));
        }
        if ("public-information".equals(document.purpose())
                && Sections.find(document, "gegevensaanlevering", "aanlevering", "data delivery").isEmpty()
                && !Rules.hasPendingTimeline(document, today, "gegevensaanlevering", "aanlevering", "data delivery")) {
            findings.add(Finding.error("tk-data-delivery", "sections",
                    Rules.text("Voor publieke informatie moet de gegevensaanlevering beschreven zijn (sectie 'gegevensaanlevering'), "
                                    + "of een tijdpad ervoor.",
                            "Public information needs a description of the data delivery, or a timeline for one.")));
        }
        for (IndicatorSnapshot indicator : document.indicators()) {
            indicatorParts(indicator, findings);
        }
    }

    private static void indicatorParts(IndicatorSnapshot indicator, List<Finding> findings) {
        String at = "indicators." + indicator.key();
        if (Rules.isBlank(indicator.numerator())) {
            findings.add(Finding.error("tk-indicator-numerator", at + ".numerator", Rules.text(
                    "Indicator '" + indicator.key() + "' heeft geen teller.", "Indicator '" + indicator.key() + "' has no numerator.")));
        }
        if (DENOMINATOR_TYPES.contains(indicator.type()) && Rules.isBlank(indicator.denominator())) {
            findings.add(Finding.error("tk-indicator-denominator", at + ".denominator", Rules.text(
                    "Indicator '" + indicator.key() + "' heeft geen noemer.", "Indicator '" + indicator.key() + "' has no denominator.")));
        }
        if (Rules.isBlank(indicator.dataSource())) {
            findings.add(Finding.error("tk-indicator-data-source", at + ".dataSource", Rules.text(
                    "Indicator '" + indicator.key() + "' heeft geen gegevensbron.", "Indicator '" + indicator.key() + "' has no data source.")));
        }
    }

    private static boolean hasEvidence(DocumentSnapshot document, String... words) {
        for (EvidenceSnapshot evidence : document.evidence()) {
            String text = (evidence.title() + " " + (evidence.summary() == null ? "" : evidence.summary())).toLowerCase(Locale.ROOT);
            if (Arrays.stream(words).anyMatch(text::contains)) {
                return true;
            }
        }
        return false;
    }
}
