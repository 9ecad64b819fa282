package nl.triade.registry.domain.submission;

/**
 * Where a hand-over to the Register stands: waiting for (another) delivery attempt, delivered,
 * accepted or rejected by the Register, or failed for good.
 */
public enum SubmissionState {
    PENDING, SENT, ACCEPTED, REJECTED, FAILED
}
