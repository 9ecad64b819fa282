package nl.triade.registry.domain.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The Kwaliteitsraad's record that it consulted a care-party {@code organisation} for its document:
 * on which day, how (a meeting, a written round, …), and which of its accounts recorded it when.
 */
public record PartyConsultation(String organisation, LocalDate consultedOn, String how, String recordedBy, Instant recordedAt) {
}
