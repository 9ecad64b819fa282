package nl.triade.registry.domain.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.UnauthenticatedException;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.audit.AuditTrail;
import nl.triade.registry.domain.audit.EventType;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentAccess;
import nl.triade.registry.domain.document.DocumentLookup;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.framework.Criterion;
import nl.triade.registry.domain.submission.DecisionGuard;
import nl.triade.registry.domain.submission.Submission;
import nl.triade.registry.domain.submission.SubmissionLookup;
import nl.triade.registry.domain.submission.SubmissionService;
import nl.triade.registry.domain.submission.SubmissionService.Verdict;

/**
 * The Register's side of a submission: what awaits it, the assessment per criterion, and the
 * decision. Only accounts that speak for the Register assess and decide ({@code 403}, rule
 * {@code register-decides}, for everyone else, the operator's administrators included); the
 * document's participants read the assessment of their submission. A decision is checked against
 * the assessment in the transaction that records it and moves the document.
 */
public final class AssessmentService {
    private final Transactions transactions;
    private final AuditTrail audit;
    private final TimeSource time;
    private final SubmissionService submissions;

    public AssessmentService(Transactions transactions, AuditTrail audit, TimeSource time, SubmissionService submissions) {
        this.transactions = transactions;
        this.audit = audit;
        this.time = time;
        this.submissions = submissions;
    }

    /** The submissions awaiting the Register's decision, oldest first: for the Register and administrators. */
    public Page<Submission> awaiting(Caller caller, PageRequest page) {
        if (!caller.speaksForRegister() && !caller.isAdministrator()) {
            throw new ForbiddenException("the submissions awaiting the Register's decision are listed for the Register and "
                    + "administrators");
        }
        return transactions.read(store -> SubmissionLookup.awaitingDecision(store, page));
    }

    /** For the Register, and for the participants of the document and administrators; anyone else is told it does not exist. */
    public AssessmentSheet sheet(Caller caller, String submissionId) {
        if (caller == null) {
            throw new UnauthenticatedException("assessments are for the Register and the document's participants; authenticate");
        }
        return transactions.read(store -> {
            Submission submission = SubmissionLookup.find(store, submissionId)
                    .orElseThrow(() -> new NotFoundException("submission", submissionId));
            Document document = DocumentLookup.existing(store, submission.documentId());
            if (!caller.speaksForRegister() && !DocumentAccess.isInsider(caller, document)) {
                throw new NotFoundException("submission", submissionId);
            }
            return sheet(store, submission, document);
        });
    }

    public CriterionAssessment assess(Caller caller, String submissionId, String criterionId, CriterionResult result, String note) {
        requireRegister(caller, "assesses");
        return transactions.write(store -> {
            Submission submission = undecided(store, submissionId);
            AssessmentSheet.Basis basis = basis(store, submission);
            Criterion criterion = Criterion.byId(criterionId).filter(basis.criteria()::contains)
                    .orElseThrow(() -> new InvalidInputException("criterion", Rule.CRITERION_NOT_APPLICABLE, "'" + criterionId
                            + "' is not a criterion of " + basis.framework().title() + " for a " + WireNames.of(basis.subject())
                            + "; its criteria: " + basis.criteria().stream().map(Criterion::id).toList()));
            CriterionAssessment assessment = new CriterionAssessment(criterion, result, note, caller.accountId(),
                    caller.organisation(), time.now());
            store.assessments().record(submissionId, assessment);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("submission", submissionId);
            data.put("criterion", criterion.id());
            data.put("result", WireNames.of(result));
            data.put("note", note);
            audit.record(store, caller, EventType.CRITERION_ASSESSED, submission.documentId(), data);
            return assessment;
        });
    }

    /** Decides the submission, or refers it to the minister first; answers the assessment as it then stands. */
    public AssessmentSheet decide(Caller caller, String submissionId, Outcome outcome, String reference, String reason) {
        requireRegister(caller, "decides");
        switch (outcome) {
            case REFERRED_TO_MINISTER -> refer(caller, submissionId, reason);
            case REGISTERED -> submissions.decide(caller, submissionId, Verdict.ACCEPTED, reference, reason, registrable());
            case NOT_REGISTERED -> submissions.decide(caller, submissionId, Verdict.REJECTED, reference, reason, unmetNamed());
        }
        return sheet(caller, submissionId);
    }

    private static DecisionGuard registrable() {
        return (store, submission) -> {
            DecisionRules.requireRegistrable(basis(store, submission).criteria(), assessed(store, submission));
            return Map.of();
        };
    }

    private static DecisionGuard unmetNamed() {
        return (store, submission) -> {
            List<Criterion> unmet = DecisionRules.requireUnmet(basis(store, submission).criteria(), assessed(store, submission));
            return Map.of("unmetCriteria", unmet.stream().map(Criterion::id).toList());
        };
    }

    private void refer(Caller caller, String submissionId, String reason) {
        transactions.write(store -> {
            Submission submission = undecided(store, submissionId);
            AssessmentSheet.Basis basis = basis(store, submission);
            DecisionRules.requireReferable(basis.framework(), basis.subject(), assessed(store, submission),
                    store.assessments().referral(submissionId).isPresent());
            store.assessments().refer(submissionId, new Referral(reason, caller.accountId(), caller.organisation(), time.now()));
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("submission", submissionId);
            data.put("reason", reason);
            audit.record(store, caller, EventType.SUBMISSION_REFERRED, submission.documentId(), data);
            return submission;
        });
    }

    /** A submission the Register may still assess: not decided, its document still submitted. */
    private static Submission undecided(Store store, String submissionId) {
        Submission submission = SubmissionLookup.find(store, submissionId)
                .orElseThrow(() -> new NotFoundException("submission", submissionId));
        if (!DecisionGuard.undecided(submission)) {
            throw new RuleViolationException(Rule.OUTCOME_RECORDED, "the submission is " + WireNames.of(submission.state())
                    + " already; its assessment no longer changes");
        }
        if (DocumentLookup.existing(store, submission.documentId()).status() != DocumentStatus.SUBMITTED) {
            throw new RuleViolationException(Rule.NOT_SUBMITTED, "the document is no longer submitted");
        }
        return submission;
    }

    private static AssessmentSheet sheet(Store store, Submission submission, Document document) {
        return AssessmentSheet.of(submission, AssessmentSheet.Basis.of(store, submission, document.kind()),
                store.assessments().of(submission.id()), store.assessments().referral(submission.id()).orElse(null));
    }

    private static AssessmentSheet.Basis basis(Store store, Submission submission) {
        return AssessmentSheet.Basis.of(store, submission, DocumentLookup.existing(store, submission.documentId()).kind());
    }

    private static Map<Criterion, CriterionAssessment> assessed(Store store, Submission submission) {
        return AssessmentSheet.byCriterion(store.assessments().of(submission.id()));
    }

    private static void requireRegister(Caller caller, String what) {
        if (!caller.speaksForRegister()) {
            throw new ForbiddenException(Rule.REGISTER_DECIDES, "only the Register (an account of a register organisation "
                    + "other than the operator's) " + what + " submissions");
        }
    }
}
