package nl.triade.registry.domain.submission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;

/** The outbox and its attempts. */
public interface SubmissionRepository {
    void insert(Submission submission);

    void update(Submission submission);

    Optional<Submission> find(String id);

    List<Submission> forDocument(String documentId);

    /** Submissions the Register has not decided (pending or sent), in the order they were made. */
    Page<Submission> awaitingDecision(PageRequest page);

    /** Pending submissions whose next attempt is due, oldest first. */
    List<Submission> due(Instant now, int limit);

    /** Sent submissions whose channel is due to be asked for the Register's decision, oldest first. */
    List<Submission> awaitingVerdict(Instant now, int limit);

    /** When to ask the channel again; touches nothing else, so {@code updatedAt} stays the moment it was sent. */
    void scheduleVerdictCheck(String id, Instant at);

    void insertAttempt(String submissionId, Attempt attempt);

    List<Attempt> attempts(String submissionId);
}
