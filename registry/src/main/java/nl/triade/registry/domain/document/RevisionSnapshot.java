package nl.triade.registry.domain.document;

/** A revision with the full content as it was. */
public record RevisionSnapshot(Revision revision, DocumentContent content) {
}
