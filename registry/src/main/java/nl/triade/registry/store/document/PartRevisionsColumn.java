package nl.triade.registry.store.document;

import java.util.Map;

/** The {@code part_revisions} column: each section's and indicator's ETag revision. */
record PartRevisionsColumn(Map<String, Integer> sections, Map<String, Integer> indicators) {
}
