package nl.triade.registry.domain.assessment;

/**
 * What the Register decides about a submission. {@code referred-to-minister} is a step before the
 * decision, not a decision: the submission stays with the Register until it is registered or not.
 */
public enum Outcome {
    REGISTERED, NOT_REGISTERED, REFERRED_TO_MINISTER
}
