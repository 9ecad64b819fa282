package nl.triade.registry.domain.submission;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.triade.registry.domain.Backoff;
import nl.triade.registry.domain.RegistryException;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.CheckpointKey;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.audit.EventHistory;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.authorisation.Approval;
import nl.triade.registry.domain.authorisation.ApprovalRecord;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentLookup;
import nl.triade.registry.domain.document.DocumentView;
import nl.triade.registry.domain.document.RevisionSnapshot;

/**
 * Delivers due submissions, one at a time. The outcome is recorded only after the submitter
 * answered, so a crash in between leaves the submission pending and it is offered again, under
 * the same id, after the restart. Retries back off as {@code backoff} says.
 *
 * <p>Several instances on one database each run a worker. An instance first leases the
 * submissions it will deliver (or ask about), in one write transaction, so no other instance
 * touches them; the lease outlasts a submitter's time limit. An instance that dies leaves its
 * leases to run out, and another instance then delivers under the same id, which the Register
 * dedupes on. An instance whose lease ran out before its submitter answered records nothing: the
 * submission is another instance's by then.
 */
public final class SubmissionWorker {
    private static final int BATCH = 10;
    private static final int EVENT_PAGE = 1000;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;
    private final Submitters submitters;
    private final Backoff backoff;
    private final SubmissionService decisions;
    private final CheckpointKey key;
    private final EvidenceLimits limits;
    private final String instance;
    private final Duration lease;

    /**
     * {@code key} signs each package's manifest and the checkpoint of its chain proof; {@code limits} cap the pack;
     * {@code instance} names this instance in the submissions it leases, for {@code lease}: longer than a submitter may take.
     */
    public SubmissionWorker(Transactions transactions, AuditTrail audit, TimeSource time, Submitters submitters, Backoff backoff,
                            SubmissionService decisions, CheckpointKey key, EvidenceLimits limits, String instance, Duration lease) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
        this.submitters = submitters;
        this.backoff = backoff;
        this.decisions = decisions;
        this.key = key;
        this.limits = limits;
        this.instance = instance;
        this.lease = lease;
    }

    /** A delivery ready for its submitter, or why none can be made. */
    private record Prepared(Outbound outbound, String refusal) {
    }

    /**
     * Delivers what is due now, then asks the channels of sent submissions for the Register's decision;
     * the number of deliveries whose outcome was not recorded, because their lease ran out and another instance took them over.
     */
    public int runOnce() {
        int lost = 0;
        for (int taken = 0; taken < BATCH; taken++) {
            Optional<Submission> due = leaseNext(SubmissionState.PENDING);
            if (due.isEmpty()) {
                break;
            }
            Prepared prepared = transactions.read(store -> prepare(store, due.get()));
            DeliveryResult result = prepared.refusal() == null ? submitters.deliver(prepared.outbound())
                    : new DeliveryResult(DeliveryResult.Outcome.PERMANENT_FAILURE, null, null, prepared.refusal(), null);
            if (!record(due.get().id(), result)) {
                lost++;
            }
        }
        askForVerdicts();
        return lost;
    }

    /**
     * Leases the oldest due submission in {@code state}, one at a time: each lease must outlast one
     * submitter call, not a whole batch of them. Asked in a read first, so that quiet instances do not
     * take the write lock from each other every round.
     */
    private Optional<Submission> leaseNext(SubmissionState state) {
        Instant now = time.now();
        if (!transactions.read(store -> store.submissions().leasable(state, now, instance))) {
            return Optional.empty();
        }
        return transactions.write(store -> state == SubmissionState.PENDING
                ? store.submissions().leaseDue(now, instance, now.plus(lease))
                : store.submissions().leaseAwaitingVerdict(now, instance, now.plus(lease)));
    }

    /**
     * Asks again at growing intervals: as long after the last check as the submission has been
     * waiting since it was sent (its {@code updatedAt}), between the first and the longest pause of {@code backoff}.
     */
    private void askForVerdicts() {
        for (int asked = 0; asked < BATCH; asked++) {
            Optional<Submission> awaiting = leaseNext(SubmissionState.SENT);
            if (awaiting.isEmpty()) {
                return;
            }
            Submission sent = awaiting.get();
            Optional<ReportedVerdict> verdict = submitters.verdict(sent);
            if (verdict.isPresent()) {
                try {
                    decisions.recordReportedVerdict(sent.id(), sent.channel(), verdict.get());
                    transactions.write(store -> store.submissions().release(sent.id(), instance));
                    continue;
                } catch (RegistryException raced) {
                    // An administrator recorded the outcome in between: theirs stands, and the submission is no longer sent.
                }
            }
            Instant now = time.now();
            Duration pause = backoff.within(Duration.between(sent.updatedAt(), now));
            transactions.write(store -> {
                store.submissions().scheduleVerdictCheck(sent.id(), instance, now.plus(pause));
                return null;
            });
        }
    }

    /** The outbound delivery, read in one transaction: the document's events up to the submission's, at most the cap and one. */
    private Prepared prepare(Store store, Submission submission) {
        Optional<Document> document = DocumentLookup.find(store, submission.documentId());
        Optional<RevisionSnapshot> frozen = DocumentLookup.revision(store, submission.documentId(), submission.revision());
        if (document.isEmpty() || frozen.isEmpty()) {
            return new Prepared(null, "the frozen revision is missing");
        }
        List<Event> events = new ArrayList<>();
        long after = 0;
        List<Event> page = EventHistory.after(store, after, submission.documentId(), EVENT_PAGE);
        while (!page.isEmpty() && events.size() <= limits.events()) {
            for (Event event : page) {
                if (event.seq() <= submission.eventSeq()) {
                    events.add(event);
                }
            }
            after = page.get(page.size() - 1).seq();
            page = after >= submission.eventSeq() ? List.of() : EventHistory.after(store, after, submission.documentId(), EVENT_PAGE);
        }
        Optional<String> tooMany = limits.eventsRefusal(events.size());
        if (tooMany.isPresent()) {
            return new Prepared(null, tooMany.get());
        }
        DocumentView view = DocumentView.frozen(store, document.get(), frozen.get(), time.today());
        List<Approval> approvals = ApprovalRecord.forRevision(store, submission.documentId(), submission.revision());
        EvidencePack pack = EvidencePacks.assemble(store, submission, view, approvals, events, key);
        return limits.bytesRefusal(pack.bytes()).map(tooLarge -> new Prepared(null, tooLarge))
                .orElseGet(() -> new Prepared(new Outbound(submission, view, approvals, events, pack), null));
    }

    /** Records the outcome if this instance still holds the submission's lease, and ends the lease; whether it held it. */
    private boolean record(String submissionId, DeliveryResult result) {
        return transactions.write(store -> {
            if (!store.submissions().release(submissionId, instance)) {
                return false;
            }
            Submission current = store.submissions().find(submissionId).orElseThrow();
            if (current.state() != SubmissionState.PENDING) {
                return true;
            }
            Instant now = time.now();
            Submission next = switch (result.outcome()) {
                case DELIVERED -> current.attempted(SubmissionState.SENT, null, result.reference(), result.receipt(), null, now);
                case PERMANENT_FAILURE -> current.attempted(SubmissionState.FAILED, null, null, null, result.reason(), now);
                case RETRY -> current.attempted(SubmissionState.PENDING, now.plus(backoff.after(current.attempts() + 1, result.retryAfter())),
                        null, null, result.reason(), now);
            };
            store.submissions().update(next);
            store.submissions().insertAttempt(submissionId, new Attempt(next.attempts(), now,
                    WireNames.of(result.outcome()),
                    result.outcome() == DeliveryResult.Outcome.DELIVERED ? result.reference() : result.reason()));
            if (next.state() != SubmissionState.PENDING) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("submission", submissionId);
                data.put("attempts", next.attempts());
                data.put("registerReference", next.registerReference());
                data.put("error", next.lastError());
                audit.record(store, null, null, next.state() == SubmissionState.SENT ? EventType.SUBMISSION_SENT : EventType.SUBMISSION_FAILED,
                        current.documentId(), data);
            }
            return true;
        });
    }
}
