package nl.triade.registry.store.document;

import java.util.Map;
import nl.triade.registry.domain.CanonicalJson;

/**
 * The {@code part_revisions} column: each section's and indicator's ETag revision, stored under
 * these names, so they never change. Unchangeable once read: one parsed column serves every reader
 * ({@link ParsedContents}).
 */
record PartRevisionsColumn(@CanonicalJson.Name("sections") Map<String, Integer> sections,
                           @CanonicalJson.Name("indicators") Map<String, Integer> indicators) {
    PartRevisionsColumn {
        sections = Map.copyOf(sections);
        indicators = Map.copyOf(indicators);
    }
}
