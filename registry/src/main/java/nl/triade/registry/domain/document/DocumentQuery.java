package nl.triade.registry.domain.document;

import java.time.LocalDate;

/**
 * A list request: optional filters, and whose eyes the list is for ({@code viewerOrganisation}
 * null for anonymous callers; {@code administrator} sees everything). {@code overdue}, when set,
 * keeps only documents overdue with it as of {@code overdueOn}: registered documents with a tijdpad
 * due before that date, or documents with an edition in force or expired whose review date lies
 * before it.
 */
public record DocumentQuery(DocumentKind kind, DocumentStatus status, String condition, String organisation, String text,
                            Overdue overdue, LocalDate overdueOn, String viewerOrganisation, boolean administrator) {
}
