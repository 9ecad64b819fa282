package nl.triade.registry.domain.document;

/** A document to create: its kind and its own fields; parts are added afterwards. */
public record NewDocument(DocumentKind kind, DocumentFields fields) {
}
