package nl.triade.registry.domain.document;

/** A tijdpad of edition {@code version} of a document: promised to the Register with that edition. */
public record EditionTimeline(String documentId, int version, Timeline timeline) {
}
