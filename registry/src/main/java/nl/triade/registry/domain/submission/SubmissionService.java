package nl.triade.registry.domain.submission;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.Ids;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.UnauthenticatedException;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.account.AccountBootstrap;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.actor.Role;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentAccess;
import nl.triade.registry.domain.document.DocumentFields;
import nl.triade.registry.domain.document.DocumentLookup;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.Edition;
import nl.triade.registry.domain.document.EditionLedger;
import nl.triade.registry.domain.workflow.LifecycleSteps;

/**
 * Submitting final documents to the Register and recording its verdict. Administrators submit;
 * the Register's own decision comes through {@link #decide}, called by the assessment that checks
 * it, or as a channel reported it. Submitting writes the outbox row in the same transaction as the
 * move to {@code submitted}; the {@link SubmissionWorker} does the delivering. An accepted
 * submission becomes the document's registered {@link Edition} in the same transaction.
 * Submissions, with their receipts and attempts, are read by the document's participants and
 * administrators, and by the Register while the document is submitted to it.
 */
public final class SubmissionService {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;
    private final Submitters submitters;
    private final LifecycleSteps steps;

    public SubmissionService(Transactions transactions, AuditTrail audit, TimeSource time, Submitters submitters) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
        this.submitters = submitters;
        this.steps = new LifecycleSteps(transactions, audit, time);
    }

    /** What the Register decided about a delivered submission. */
    public enum Verdict {
        ACCEPTED, REJECTED
    }

    /** A submission with its attempts. */
    public record Detail(Submission submission, List<Attempt> attempts) {
    }

    public Submission submit(Caller caller, String documentId, String channel) {
        if (!caller.isAdministrator()) {
            throw new ForbiddenException("only administrators submit to the Register");
        }
        if (!submitters.channels().contains(channel)) {
            throw new RuleViolationException(Rule.UNKNOWN_CHANNEL, "channel", "no configured submitter for channel '" + channel
                    + "'; configured: " + submitters.channels());
        }
        return steps.apply(caller, documentId, DocumentAccess::requireRead, (store, document) -> {
            if (document.status() != DocumentStatus.FINAL) {
                throw new RuleViolationException(Rule.NOT_FINAL, "only a final document is submitted; the document is "
                        + WireNames.of(document.status()));
            }
            Instant now = time.now();
            String id = Ids.next("sub");
            Event created = audit.record(store, caller, EventType.SUBMISSION_CREATED, documentId, Map.of("submission", id,
                    "channel", channel, "revision", document.workflow().frozenRevision(), "contentHash", document.workflow().frozenHash()));
            Submission submission = new Submission(id, documentId, document.workflow().frozenRevision(),
                    document.workflow().frozenHash(), created.seq(), channel, SubmissionState.PENDING, 0, now, null, null, null, now, now);
            store.submissions().insert(submission);
            return new LifecycleSteps.Step<>(DocumentStatus.SUBMITTED, submission);
        });
    }

    /**
     * Submissions are never public (receipts name server paths), so an anonymous caller is asked to
     * authenticate whether or not the submission exists; an account that is not an insider of the
     * document is told it does not exist.
     */
    public Detail get(Caller caller, String submissionId) {
        if (caller == null) {
            throw new UnauthenticatedException("submissions are for the document's participants and administrators; authenticate");
        }
        return transactions.read(store -> {
            Submission submission = store.submissions().find(submissionId)
                    .orElseThrow(() -> new NotFoundException("submission", submissionId));
            Document document = DocumentLookup.find(store, submission.documentId())
                    .orElseThrow(() -> new NotFoundException("submission", submissionId));
            if (!DocumentAccess.isInsider(caller, document) && !DocumentAccess.assesses(caller, document)) {
                throw new NotFoundException("submission", submissionId);
            }
            return new Detail(submission, store.submissions().attempts(submissionId));
        });
    }

    public List<Submission> forDocument(Caller caller, String documentId) {
        return transactions.read(store -> {
            DocumentLookup.forAssessment(store, caller, documentId, "submissions");
            return store.submissions().forDocument(documentId);
        });
    }

    /**
     * The Register's decision as the channel's submitter reported it, recorded as if by an
     * administrator of the operator, with {@code plugin:<channel>} as the actor.
     */
    public Submission recordReportedVerdict(String submissionId, String channel, ReportedVerdict reported) {
        Caller channelActor = new Caller("plugin:" + channel, AccountBootstrap.OPERATOR_ORGANISATION, OrganisationKind.REGISTER,
                Role.ADMINISTRATOR, null);
        return decide(channelActor, submissionId, reported.verdict(), reported.reference(), reported.reason(), DecisionGuard.NONE);
    }

    /**
     * Records the Register's verdict and moves the document to {@code registered} (with its edition)
     * or {@code rejected}, in one transaction with whatever {@code guard} checks first. Who may decide
     * is the caller's to check: the Register's assessment, or a channel's report.
     */
    public Submission decide(Caller caller, String submissionId, Verdict verdict, String reference, String reason,
                             DecisionGuard guard) {
        String documentId = transactions.read(store -> store.submissions().find(submissionId))
                .orElseThrow(() -> new NotFoundException("submission", submissionId)).documentId();
        return steps.apply(caller, documentId, DocumentAccess::requireRead, (store, document) -> {
            Submission submission = store.submissions().find(submissionId).orElseThrow();
            if (!DecisionGuard.undecided(submission)) {
                throw new RuleViolationException(Rule.OUTCOME_RECORDED, "the submission is " + submission.state().name()
                        .toLowerCase(java.util.Locale.ROOT) + " already");
            }
            if (submission.state() == SubmissionState.PENDING) {
                // the worker hands over only pending submissions: decided now, the package would never arrive
                throw new RuleViolationException(Rule.SUBMISSION_NOT_DELIVERED, "the submission's package has not been "
                        + "delivered yet (attempts: " + submission.attempts() + "); decide once its state is sent");
            }
            if (document.status() != DocumentStatus.SUBMITTED) {
                throw new RuleViolationException(Rule.NOT_SUBMITTED, "the document is no longer submitted");
            }
            Map<String, Object> grounds = guard.check(store, submission);
            boolean accepted = verdict == Verdict.ACCEPTED;
            Instant now = time.now();
            Submission decided = submission.decided(accepted ? SubmissionState.ACCEPTED : SubmissionState.REJECTED, reference, now);
            store.submissions().update(decided);
            if (accepted) {
                DocumentFields fields = document.content().fields();
                EditionLedger.record(store, Edition.registered(documentId, document.version(), decided.revision(),
                        decided.contentHash(), submissionId, decided.registerReference(), now, fields), fields);
            }
            audit.record(store, caller, accepted ? EventType.SUBMISSION_ACCEPTED : EventType.SUBMISSION_REJECTED, documentId,
                    reasonData(submissionId, reference, reason, grounds));
            return new LifecycleSteps.Step<>(accepted ? DocumentStatus.REGISTERED : DocumentStatus.REJECTED, decided);
        });
    }

    private static Map<String, Object> reasonData(String submissionId, String reference, String reason, Map<String, Object> grounds) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("submission", submissionId);
        data.put("registerReference", reference);
        data.put("reason", reason);
        data.putAll(grounds);
        return data;
    }

}
