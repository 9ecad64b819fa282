package nl.triade.plugins.toetsingskader;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import nl.triade.spi.DocumentSnapshot;

/**
 * Where the criteria accept a tijdpad for a missing part, only one whose due date has not passed
 * counts: a broken promise is a missing part.
 */
final class Tijdpaden {
    private Tijdpaden() {
    }

    /** A tijdpad for one of {@code deliverables} whose due date is today or later. */
    static boolean pending(DocumentSnapshot document, LocalDate today, String... deliverables) {
        return document.timelines().stream().anyMatch(timeline -> timeline.dueDate() != null && !timeline.dueDate().isBefore(today)
                && Arrays.stream(deliverables).anyMatch(word -> timeline.deliverable().toLowerCase(Locale.ROOT).contains(word)));
    }
}
