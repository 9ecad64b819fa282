package nl.triade.registry.domain.document;

import java.time.LocalDate;

/**
 * A list request: optional filters, and whose eyes the list is for ({@code viewerOrganisation}
 * null for anonymous callers; {@code administrator} sees everything). {@code timelinesOverdueOn},
 * when set, keeps only registered documents with a tijdpad due before that date.
 */
public record DocumentQuery(DocumentKind kind, DocumentStatus status, String condition, String organisation, String text,
                            boolean overdueTimelines, LocalDate timelinesOverdueOn, String viewerOrganisation,
                            boolean administrator) {
}
