package nl.triade.plugins.toetsingskader;

import java.time.LocalDate;
import nl.triade.spi.DocumentSnapshot;

/**
 * The Toetsingskader version a document is judged by. The host names it (SPI 1.4.0: the version in
 * force on the day the document was submitted, or today); an older host names none, and then the
 * version in force today applies. A version this plugin does not know yet is judged by the newest it knows.
 */
enum FrameworkVersion {
    TK_2015, TK_3;

    /** Toetsingskader 3.0 applies to documents submitted from this day. */
    static final LocalDate TK_3_IN_FORCE = LocalDate.of(2021, 7, 1);

    static FrameworkVersion of(DocumentSnapshot document, LocalDate today) {
        if (document.framework() == null) {
            return today.isBefore(TK_3_IN_FORCE) ? TK_2015 : TK_3;
        }
        return "tk-2015".equals(document.framework()) ? TK_2015 : TK_3;
    }
}
