package nl.triade.plugins.toetsingskader;

import java.util.List;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.Finding;

/**
 * The content sections of a standard that the Toetsingskader asks for (TK 2015 KS2, TK 3.0 c2):
 * the content of care (zorginhoud) and the organisation of care.
 */
final class CareSections {
    private CareSections() {
    }

    static void check(DocumentSnapshot document, List<Finding> findings) {
        if (Sections.find(document, "zorginhoud", "inhoud van zorg", "content of care").isEmpty()) {
            findings.add(Finding.error("tk-care-content", "sections", Rules.text("De inhoud van zorg is niet beschreven (sectie 'zorginhoud').",
                    "The content of care is not described.")));
        }
        if (Sections.find(document, "organisatie", "organisatie van zorg", "organisation of care").isEmpty()) {
            findings.add(Finding.error("tk-care-organisation", "sections", Rules.text(
                    "De organisatie van zorg is niet beschreven (sectie 'organisatie').", "The organisation of care is not described.")));
        }
    }
}
