package nl.triade.plugins.toetsingskader;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.SectionSnapshot;

/** Finding the sections that play a part the Toetsingskader names, by their key or the words of their title. */
final class Sections {
    private Sections() {
    }

    /** The sections with a body keyed {@code key} or titled with one of {@code titleWords} (lower case), in order. */
    static List<SectionSnapshot> all(DocumentSnapshot document, String key, List<String> titleWords) {
        return document.sections().stream().filter(section -> !section.body().isBlank() && (section.key().equals(key)
                || titleWords.stream().anyMatch(section.title().toLowerCase(Locale.ROOT)::contains))).toList();
    }

    /** The first of {@link #all}. */
    static Optional<SectionSnapshot> find(DocumentSnapshot document, String key, String... titleWords) {
        return all(document, key, List.of(titleWords)).stream().findFirst();
    }
}
