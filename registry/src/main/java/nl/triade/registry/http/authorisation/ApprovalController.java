package nl.triade.registry.http.authorisation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;
import nl.triade.registry.domain.authorisation.Approval;
import nl.triade.registry.domain.authorisation.ApprovalService;
import nl.triade.registry.domain.authorisation.ApprovalService.NewDecision;
import nl.triade.registry.domain.authorisation.Decision;
import nl.triade.registry.http.InputCheck;
import nl.triade.registry.http.ListResponse;
import nl.triade.registry.http.Requests;

/** {@code /documents/{id}/approvals}: formal decisions of the author organisations. */
public final class ApprovalController {
    /** The longest motivation of a decision, in characters; the pages hold a decision to it too. */
    public static final int MAX_MOTIVATION = 5000;
    private final ApprovalService approvals;
    private final ObjectMapper json;

    public ApprovalController(ApprovalService approvals, ObjectMapper json) {
        this.approvals = approvals;
        this.json = json;
    }

    /** Body of {@code POST …/approvals}: the decision and the content hash it is about. */
    record DecisionRequest(Decision decision, String motivation, String contentHash) {
        NewDecision validated() {
            new InputCheck().required("decision", decision).maxLength("motivation", motivation, MAX_MOTIVATION)
                    .required("contentHash", contentHash).check();
            return new NewDecision(decision, motivation, contentHash);
        }
    }

    /** Schema {@code Approval}. */
    record ApprovalResponse(String organisation, Decision decision, String motivation, int revision, String contentHash,
                            String by, Instant at) {
        static ApprovalResponse of(Approval approval) {
            return new ApprovalResponse(approval.organisation(), approval.decision(), approval.motivation(),
                    approval.revision(), approval.contentHash(), approval.decidedBy(), approval.decidedAt());
        }
    }

    public void decide(Context ctx) {
        NewDecision request = Requests.body(ctx, json, DecisionRequest.class).validated();
        ctx.status(201).json(ApprovalResponse.of(approvals.decide(Requests.caller(ctx), ctx.pathParam("id"), request)));
    }

    public void list(Context ctx) {
        ctx.json(ListResponse.of(approvals.list(Requests.callerOrAnonymous(ctx), ctx.pathParam("id"), Requests.page(ctx)),
                ApprovalResponse::of));
    }
}
