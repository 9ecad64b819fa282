package nl.triade.registry.domain.agenda;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One item of the Meerjarenagenda: its terms, its status, the Kwaliteitsraad it was assigned to
 * (null until then), and a {@code revision} that counts its changes, for optimistic concurrency.
 */
public record AgendaItem(String id, AgendaTerms terms, AgendaStatus status, String assignedTo, int revision,
                         Instant createdAt, Instant updatedAt) {

    AgendaItem withTerms(AgendaTerms next, AgendaStatus nextStatus, Instant at) {
        return new AgendaItem(id, next, nextStatus, assignedTo, revision + 1, createdAt, at);
    }

    AgendaItem withStatus(AgendaStatus next, String assignee, Instant at) {
        return new AgendaItem(id, terms, next, assignee, revision + 1, createdAt, at);
    }

    /** Past its deadline as of {@code today}: the deadline day itself still counts, as for a tijdpad. */
    boolean isPastDeadline(LocalDate today) {
        return terms.deadline().isBefore(today);
    }
}
