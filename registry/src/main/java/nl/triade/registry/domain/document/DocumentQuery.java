package nl.triade.registry.domain.document;

/**
 * A list request: optional filters, and whose eyes the list is for ({@code viewerOrganisation}
 * null for anonymous callers; {@code administrator} sees everything).
 */
public record DocumentQuery(DocumentKind kind, DocumentStatus status, String condition, String organisation, String text,
                            String viewerOrganisation, boolean administrator) {
}
