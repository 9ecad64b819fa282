package nl.triade.plugins.toetsingskader;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.SectionSnapshot;

/** Finding the section that plays a part the Toetsingskader names, by its key or the words of its title. */
final class Sections {
    private Sections() {
    }

    /** The first section with a body keyed {@code key} or titled with one of {@code titleWords} (lower case). */
    static Optional<SectionSnapshot> find(DocumentSnapshot document, String key, String... titleWords) {
        for (SectionSnapshot section : document.sections()) {
            String title = section.title().toLowerCase(Locale.ROOT);
            boolean titled = Arrays.stream(titleWords).anyMatch(title::contains);
            if ((section.key().equals(key) || titled) && !section.body().isBlank()) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
