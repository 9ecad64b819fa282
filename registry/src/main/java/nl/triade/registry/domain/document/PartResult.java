package nl.triade.registry.domain.document;

/** The outcome of changing one part: the part as stored, its ETag revision, and whether it was new. */
public record PartResult<T>(T part, int revision, boolean created) {
}
