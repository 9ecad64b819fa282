package nl.triade.registry.domain.assessment;

/**
 * How the Register judged one criterion: met, not met, or not met yet with the tijdpad (a promised
 * deliverable with its due date) that the framework accepts in its place. On the wire:
 * {@code met}, {@code not-met}, {@code timeline-accepted}.
 */
public enum CriterionResult {
    MET, NOT_MET, TIMELINE_ACCEPTED;

    /** Whether a document may be registered with this result. */
    boolean admits() {
        return this != NOT_MET;
    }
}
