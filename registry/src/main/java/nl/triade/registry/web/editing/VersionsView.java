package nl.triade.registry.web.editing;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.document.Revision;

/**
 * A document's revisions, oldest first, one page of them ({@code next} the address of the next
 * page, or null), with the compare form's choices: {@code from} and {@code to} pre-selected.
 */
public record VersionsView(String documentId, String documentTitle, List<Revision> revisions, String next, int from, int to) {
    /** Several revisions are often made on one day: the list shows their time too, as it is in the Netherlands. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(TimeSource.REGISTER_ZONE);

    public VersionsView {
        revisions = List.copyOf(revisions);
    }

    public static String time(Instant at) {
        return TIME.format(at);
    }
}
