package nl.triade.plugins.toetsingskader;

import static nl.triade.plugins.toetsingskader.Texts.isBlank;
import static nl.triade.plugins.toetsingskader.Texts.text;

import java.time.LocalDate;
import java.util.List;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.Finding;
import nl.triade.spi.InformationStandardSnapshot;

/**
 * {@code tk-information-standard}: the information standards a standard relies on (TK 2015 KS5's
 * second half; TK 3.0 criterion 6, the informatieparagraaf), each linked by reference (an
 * identifier or a URL beside its name), or the authors' statement why none is needed, or a
 * tijdpad for them.
 */
final class InformationStandards {
    private InformationStandards() {
    }

    static void check(DocumentSnapshot document, LocalDate today, List<Finding> findings) {
        List<InformationStandardSnapshot> standards = document.informationStandards();
        for (int i = 0; i < standards.size(); i++) {
            InformationStandardSnapshot standard = standards.get(i);
            if (isBlank(standard.identifier()) && isBlank(standard.url())) {
                findings.add(Finding.error("tk-information-standard", "informationStandards[" + i + "]",
                        text("Informatiestandaard '" + standard.name() + "' heeft geen identificatie of URL.",
                                "Information standard '" + standard.name() + "' has no identifier or URL to find it by.")));
            }
        }
        boolean accounted = !standards.isEmpty() || !isBlank(document.informationStandardsNotNeeded())
                || document.hasPendingTimelineFor(today, "informatiestandaard", "informatieparagraaf", "information standard");
        if (!accounted) {
            findings.add(Finding.error("tk-information-standard", "informationStandards",
                    text("De informatieparagraaf ontbreekt: noem de informatiestandaarden, of waarom er geen nodig is, of een tijdpad ervoor.",
                            "The information paragraph is missing: name the information standards, or why none is needed, "
                                    + "or a timeline for them.")));
        }
    }
}
