package nl.triade.registry.domain.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.SubmissionDay;
import nl.triade.registry.domain.framework.Criterion;
import nl.triade.registry.domain.framework.Framework;
import nl.triade.registry.domain.framework.Subject;
import nl.triade.registry.domain.submission.Submission;
import nl.triade.registry.domain.submission.SubmissionState;

/**
 * A submission as the Register assesses it: the framework version in force on the day it was
 * submitted (in the Netherlands), each criterion of that version for the document's kind with its
 * assessment (null while unassessed), the referral to the minister if any, and the outcome once
 * there is one ({@code unmet}: the criteria a not-registered decision names).
 */
public record AssessmentSheet(Submission submission, Framework framework, Subject subject, LocalDate submittedOn,
                              List<Line> criteria, Referral referral, Outcome outcome, List<Criterion> unmet) {

    /** One criterion and its assessment, null while unassessed. */
    public record Line(Criterion criterion, CriterionAssessment assessment) {
    }

    /**
     * The framework and subject a submission of a document of {@code kind} is assessed against:
     * the version in force when its revision was first submitted ({@link SubmissionDay}, as the
     * document itself shows), this submission's own day only should that record be missing.
     */
    record Basis(Framework framework, Subject subject, LocalDate submittedOn) {
        static Basis of(Store store, Submission submission, DocumentKind kind) {
            LocalDate submittedOn = SubmissionDay.firstSubmitted(store, submission.documentId(), submission.revision())
                    .orElseGet(() -> TimeSource.registerDate(submission.createdAt()));
            return new Basis(Framework.inForceOn(submittedOn), kind == DocumentKind.STANDARD ? Subject.STANDARD : Subject.INSTRUMENT,
                    submittedOn);
        }

        List<Criterion> criteria() {
            return Criterion.of(framework, subject);
        }
    }

    static AssessmentSheet of(Submission submission, Basis basis, List<CriterionAssessment> assessments, Referral referral) {
        Map<Criterion, CriterionAssessment> assessed = byCriterion(assessments);
        List<Line> lines = basis.criteria().stream().map(criterion -> new Line(criterion, assessed.get(criterion))).toList();
        Outcome outcome = submission.state() == SubmissionState.ACCEPTED ? Outcome.REGISTERED
                : submission.state() == SubmissionState.REJECTED ? Outcome.NOT_REGISTERED
                : referral != null ? Outcome.REFERRED_TO_MINISTER : null;
        List<Criterion> unmet = outcome == Outcome.NOT_REGISTERED ? DecisionRules.unmet(basis.criteria(), assessed) : List.of();
        return new AssessmentSheet(submission, basis.framework(), basis.subject(), basis.submittedOn(), lines, referral, outcome,
                unmet);
    }

    static Map<Criterion, CriterionAssessment> byCriterion(List<CriterionAssessment> assessments) {
        return assessments.stream().collect(Collectors.toMap(CriterionAssessment::criterion, Function.identity()));
    }
}
