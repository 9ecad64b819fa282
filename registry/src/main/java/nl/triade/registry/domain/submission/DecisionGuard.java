package nl.triade.registry.domain.submission;

import java.util.Map;
import nl.triade.registry.domain.Store;

/**
 * What must hold before a verdict on a submission is written, checked inside the transaction that
 * writes it, so nothing it read can change in between. It refuses by throwing, and answers the
 * grounds to record with the verdict's event (empty for none).
 */
@FunctionalInterface
public interface DecisionGuard {
    DecisionGuard NONE = (store, submission) -> Map.of();

    Map<String, Object> check(Store store, Submission submission);

    /** Whether {@code submission} still awaits a verdict. */
    static boolean undecided(Submission submission) {
        return submission.state() == SubmissionState.SENT || submission.state() == SubmissionState.PENDING;
    }
}
