package nl.triade.registry.http.submission;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import nl.triade.registry.domain.submission.Attempt;
import nl.triade.registry.domain.submission.Submission;
import nl.triade.registry.domain.submission.SubmissionService;
import nl.triade.registry.domain.submission.SubmissionState;
import nl.triade.registry.http.InputCheck;
import nl.triade.registry.http.ListResponse;
import nl.triade.registry.http.Requests;

/** {@code /documents/{id}/submissions} and {@code /submissions/{sid}}: hand-over to the Register (its decision: {@code http/assessment}). */
public final class SubmissionController {
    private final SubmissionService submissions;
    private final ObjectMapper json;

    public SubmissionController(SubmissionService submissions, ObjectMapper json) {
        this.submissions = submissions;
        this.json = json;
    }

    /** Body of {@code POST …/submissions}. */
    record SubmissionRequest(String channel) {
    }

    /** Schema {@code Submission}. */
    public record SubmissionResponse(String id, String document, int revision, String contentHash, String channel,
                              SubmissionState state, int attempts, Instant nextAttemptAt, String registerReference,
                              String receipt, String lastError, Instant createdAt, Instant updatedAt, List<AttemptResponse> attemptLog) {
        public static SubmissionResponse of(Submission s, List<Attempt> attempts) {
            return new SubmissionResponse(s.id(), s.documentId(), s.revision(), s.contentHash(), s.channel(), s.state(),
                    s.attempts(), s.nextAttemptAt(), s.registerReference(), s.receipt(), s.lastError(), s.createdAt(),
                    s.updatedAt(), attempts.stream().map(AttemptResponse::of).toList());
        }
    }

    /** One delivery attempt of a submission. */
    record AttemptResponse(int number, Instant at, String outcome, String detail) {
        static AttemptResponse of(Attempt attempt) {
            return new AttemptResponse(attempt.number(), attempt.at(), attempt.outcome(), attempt.detail());
        }
    }

    public void submit(Context ctx) {
        SubmissionRequest request = Requests.body(ctx, json, SubmissionRequest.class);
        new InputCheck().required("channel", request.channel()).maxLength("channel", request.channel(), 100).check();
        Submission submission = submissions.submit(Requests.caller(ctx), ctx.pathParam("id"), request.channel());
        ctx.status(201).header("Location", "/api/v1/submissions/" + submission.id()).json(SubmissionResponse.of(submission, List.of()));
    }

    public void list(Context ctx) {
        List<SubmissionResponse> items = submissions.forDocument(Requests.callerOrAnonymous(ctx), ctx.pathParam("id")).stream()
                .map(submission -> SubmissionResponse.of(submission, List.of())).toList();
        ctx.json(new ListResponse<>(items, null));
    }

    public void get(Context ctx) {
        SubmissionService.Detail detail = submissions.get(Requests.callerOrAnonymous(ctx), ctx.pathParam("sid"));
        ctx.json(SubmissionResponse.of(detail.submission(), detail.attempts()));
    }
}
