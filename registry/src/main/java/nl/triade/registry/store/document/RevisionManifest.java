package nl.triade.registry.store.document;

import java.util.List;
import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.document.DocumentKind;

/**
 * The {@code parts} column of a revision: which stored {@link ContentParts content parts} make up
 * its content, in the document's order. A few bytes per part, so a revision that changes one
 * section costs that section and this list, not the whole document again. Stored under these
 * names, so they never change.
 */
record RevisionManifest(@CanonicalJson.Name("kind") DocumentKind kind,
                        @CanonicalJson.Name("fields") long fields,
                        @CanonicalJson.Name("participants") List<Long> participants,
                        @CanonicalJson.Name("sections") List<Long> sections,
                        @CanonicalJson.Name("indicators") List<Long> indicators,
                        @CanonicalJson.Name("evidence") List<Long> evidence,
                        @CanonicalJson.Name("absences") List<Long> absences) {

    RevisionManifest {
        participants = List.copyOf(participants);
        sections = List.copyOf(sections);
        indicators = List.copyOf(indicators);
        evidence = List.copyOf(evidence);
        absences = absences == null ? List.of() : List.copyOf(absences);
    }
}
