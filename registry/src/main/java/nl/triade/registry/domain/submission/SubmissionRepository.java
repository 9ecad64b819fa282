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

    /**
     * Leases to {@code holder}, until {@code until}, the oldest pending submission whose next attempt is
     * due and that no other instance holds at {@code now} (unleased, its lease ran out, or leased to
     * {@code holder} before it restarted). Writers are serialised, so no two instances lease the same row.
     */
    Optional<Submission> leaseDue(Instant now, String holder, Instant until);

    /** As {@link #leaseDue}, for a sent submission whose channel is due to be asked for the Register's decision. */
    Optional<Submission> leaseAwaitingVerdict(Instant now, String holder, Instant until);

    /** Whether {@link #leaseDue} or {@link #leaseAwaitingVerdict} would find a submission in {@code state}; only reads. */
    boolean leasable(SubmissionState state, Instant now, String holder);

    /**
     * Ends {@code holder}'s lease on the submission; whether it still held it. It did not if the lease ran
     * out and another instance took the submission over: what the holder learnt since is then not its to record.
     */
    boolean release(String id, String holder);

    /**
     * When to ask the channel again, and the end of {@code holder}'s lease on it; touches nothing else, so
     * {@code updatedAt} stays the moment it was sent. Nothing changes if the holder no longer held it.
     */
    void scheduleVerdictCheck(String id, String holder, Instant at);

    /** The pending submissions at {@code now}, reading at most {@code cap} of them: their count and the oldest one's age. */
    OutboxBacklog backlog(int cap, Instant now);

    void insertAttempt(String submissionId, Attempt attempt);

    List<Attempt> attempts(String submissionId);
}
