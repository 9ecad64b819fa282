package nl.triade.registry.domain.consultation;

/** A round with the edition it led to (null while none is registered) and how many comments its report holds. */
public record RoundSummary(ConsultationRound round, Integer edition, int comments) {
}
