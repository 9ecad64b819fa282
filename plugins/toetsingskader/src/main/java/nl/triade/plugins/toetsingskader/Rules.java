package nl.triade.plugins.toetsingskader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.Finding;

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
        Parties.check(document, findings);
        if (document.isStandard()) {
            ContentCriteria.check(document, minimum, findings);
            StandardCriteria.check(document, today, findings);
        } else {
            InstrumentCriteria.check(document, today, findings);
        }
        return findings;
    }
}
