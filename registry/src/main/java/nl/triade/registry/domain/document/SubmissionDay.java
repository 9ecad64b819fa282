package nl.triade.registry.domain.document;

import java.time.LocalDate;
import java.util.Optional;
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
        return firstSubmitted(store, document.id(), frozen).map(ApplicableFramework::submittedOn)
                .orElseGet(() -> ApplicableFramework.notYetSubmitted(today));
    }

    /**
     * The day (in the Netherlands) {@code revision} of the document was first submitted: the one date
     * both the document's framework and the Register's assessment of any of its submissions go by,
     * so a second submission of the same text is judged as the first was.
     */
    public static Optional<LocalDate> firstSubmitted(Store store, String documentId, int revision) {
        return EventHistory.first(store, documentId, EventType.SUBMISSION_CREATED, "revision", revision)
                .map(submitted -> LocalDate.ofInstant(submitted.at(), TimeSource.REGISTER_ZONE));
    }
}
