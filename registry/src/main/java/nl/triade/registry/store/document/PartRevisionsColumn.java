package nl.triade.registry.store.document;

import java.util.Map;
import nl.triade.registry.domain.CanonicalJson;

/**
 * The {@code part_revisions} column: each section's and indicator's ETag revision, stored under
 * these names, so they never change.
 */
record PartRevisionsColumn(@CanonicalJson.Name("sections") Map<String, Integer> sections,
                           @CanonicalJson.Name("indicators") Map<String, Integer> indicators) {
}
