package nl.triade.registry.domain.agenda;

/**
 * Where an agenda item stands: {@code open} until its deadline has passed; then {@code met} when a
 * linked document was submitted on or before the deadline, else {@code overdue}; an overdue item
 * the Register hands to the Kwaliteitsraad is {@code assigned}.
 */
public enum AgendaStatus {
    OPEN, MET, OVERDUE, ASSIGNED;

    /** Whether the Register may still change the item's terms (topic, parties, deadline). */
    public boolean isChangeable() {
        return this == OPEN || this == OVERDUE;
    }
}
