package nl.triade.registry.domain.document;

import java.time.LocalDate;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.audit.EventHistory;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.framework.ApplicableFramework;

/**
 * Which framework version judges a document, read from the audit log: a submission is recorded as
 * {@code submission.created} naming the frozen {@code revision} it hands over, and the content of
 * a version cannot change after its first submission, so the first such event of the document's
 * frozen revision dates the current version's submission. Read here rather than from the
 * submission room, which itself reads documents: the log is below both.
 */
public final class SubmissionDay {
    private SubmissionDay() {
    }

    /** The version in force on the day {@code document}'s current version was first submitted, else {@code today}. */
    public static ApplicableFramework framework(Store store, Document document, LocalDate today) {
        Integer frozen = document.workflow().frozenRevision();
        if (frozen == null) {
            return ApplicableFramework.notYetSubmitted(today);
        }
        return EventHistory.first(store, document.id(), EventType.SUBMISSION_CREATED, "revision", frozen)
                .map(submitted -> ApplicableFramework.submittedOn(LocalDate.ofInstant(submitted.at(), TimeSource.REGISTER_ZONE)))
                .orElseGet(() -> ApplicableFramework.notYetSubmitted(today));
    }
}
