package nl.triade.registry.domain.document;

/**
 * Which way an indicator's score improves: {@code INCREASE} when a higher score is better (more
 * patients within target), {@code DECREASE} when a lower one is (fewer amputations). FHIR's
 * {@code improvementNotation}, and the first thing a reader of a published score needs to know.
 */
public enum ImprovementNotation {
    INCREASE, DECREASE
}
