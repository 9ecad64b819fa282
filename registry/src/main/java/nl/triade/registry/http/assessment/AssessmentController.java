package nl.triade.registry.http.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.assessment.AssessmentService;
import nl.triade.registry.domain.assessment.AssessmentSheet;
import nl.triade.registry.domain.assessment.CriterionAssessment;
import nl.triade.registry.domain.assessment.CriterionResult;
import nl.triade.registry.domain.assessment.Outcome;
import nl.triade.registry.domain.assessment.Referral;
import nl.triade.registry.domain.framework.Criterion;
import nl.triade.registry.domain.framework.Framework;
import nl.triade.registry.domain.framework.Subject;
import nl.triade.registry.domain.submission.Submission;
import nl.triade.registry.http.InputCheck;
import nl.triade.registry.http.ListResponse;
import nl.triade.registry.http.Requests;
import nl.triade.registry.http.submission.SubmissionController.SubmissionResponse;

/**
 * {@code GET /submissions} (what awaits the Register), {@code /submissions/{sid}/assessment} and
 * {@code POST /submissions/{sid}/outcome}: the Register's assessment and decision.
 */
public final class AssessmentController {
    private static final int MAX_TEXT = 5000;
    private final AssessmentService assessments;
    private final ObjectMapper json;

    public AssessmentController(AssessmentService assessments, ObjectMapper json) {
        this.assessments = assessments;
        this.json = json;
    }

    /** Body of {@code PUT /submissions/{sid}/assessment/{criterion}}. */
    record AssessmentRequest(CriterionResult result, String note) {
    }

    /** Body of {@code POST /submissions/{sid}/outcome}. */
    record OutcomeRequest(Outcome outcome, String registerReference, String reason) {
    }

    /** Schema {@code CriterionAssessment}; result and the rest null while the criterion is unassessed. */
    record CriterionAssessmentResponse(Criterion criterion, String title, CriterionResult result, String note, String assessedBy,
                                       String organisation, Instant assessedAt) {
        static CriterionAssessmentResponse of(Criterion criterion, CriterionAssessment assessed) {
            return assessed == null ? new CriterionAssessmentResponse(criterion, criterion.dutchTitle(), null, null, null, null, null)
                    : new CriterionAssessmentResponse(criterion, criterion.dutchTitle(), assessed.result(), assessed.note(),
                            assessed.assessedBy(), assessed.organisation(), assessed.assessedAt());
        }
    }

    /** Schema {@code Referral}. */
    record ReferralResponse(String reason, String referredBy, String organisation, Instant referredAt) {
        static ReferralResponse of(Referral referral) {
            return referral == null ? null
                    : new ReferralResponse(referral.reason(), referral.referredBy(), referral.organisation(), referral.referredAt());
        }
    }

    /** Schema {@code Assessment}. */
    record AssessmentResponse(String submission, String document, Framework framework, String frameworkTitle, Subject subject,
                              LocalDate submittedOn, List<CriterionAssessmentResponse> criteria, ReferralResponse referral,
                              Outcome outcome, List<Criterion> unmetCriteria) {
        static AssessmentResponse of(AssessmentSheet sheet) {
            Submission submission = sheet.submission();
            return new AssessmentResponse(submission.id(), submission.documentId(), sheet.framework(), sheet.framework().title(),
                    sheet.subject(), sheet.submittedOn(), sheet.criteria().stream()
                    .map(line -> CriterionAssessmentResponse.of(line.criterion(), line.assessment())).toList(),
                    ReferralResponse.of(sheet.referral()), sheet.outcome(), sheet.unmet());
        }
    }

    public void awaiting(Context ctx) {
        Page<Submission> page = assessments.awaiting(Requests.caller(ctx), Requests.page(ctx));
        ctx.json(new ListResponse<>(page.items().stream().map(submission -> SubmissionResponse.of(submission, List.of())).toList(),
                page.next()));
    }

    public void sheet(Context ctx) {
        ctx.json(AssessmentResponse.of(assessments.sheet(Requests.callerOrAnonymous(ctx), ctx.pathParam("sid"))));
    }

    public void assess(Context ctx) {
        AssessmentRequest request = Requests.body(ctx, json, AssessmentRequest.class);
        new InputCheck().required("result", request.result()).maxLength("note", request.note(), MAX_TEXT).check();
        CriterionAssessment assessed = assessments.assess(Requests.caller(ctx), ctx.pathParam("sid"), ctx.pathParam("criterion"),
                request.result(), request.note());
        ctx.json(CriterionAssessmentResponse.of(assessed.criterion(), assessed));
    }

    public void decide(Context ctx) {
        OutcomeRequest request = Requests.body(ctx, json, OutcomeRequest.class);
        new InputCheck().required("outcome", request.outcome()).maxLength("registerReference", request.registerReference(), 200)
                .maxLength("reason", request.reason(), MAX_TEXT).check();
        ctx.json(AssessmentResponse.of(assessments.decide(Requests.caller(ctx), ctx.pathParam("sid"), request.outcome(),
                request.registerReference(), request.reason())));
    }
}
