package nl.triade.registry.domain.agenda;

import java.time.Instant;

/**
 * A document linked to an agenda item by one of its authors: {@code organisation} and {@code account}
 * say who, {@code at} when. A fact beside the document, not part of its content (see {@link AgendaLinks}).
 */
public record AgendaLink(String itemId, String documentId, String organisation, String account, Instant at) {
}
