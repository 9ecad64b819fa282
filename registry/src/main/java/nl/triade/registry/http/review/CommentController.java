package nl.triade.registry.http.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.review.Comment;
import nl.triade.registry.domain.review.CommentService;
import nl.triade.registry.domain.review.CommentService.Answer;
import nl.triade.registry.domain.review.CommentService.NewComment;
import nl.triade.registry.domain.review.CommentStatus;
import nl.triade.registry.domain.review.Disposition;
import nl.triade.registry.http.InputCheck;
import nl.triade.registry.http.ListResponse;
import nl.triade.registry.http.Negotiation;
import nl.triade.registry.http.Requests;
import nl.triade.registry.http.SpreadsheetCsv;

/** {@code /documents/{id}/comments}: posting, listing and answering review comments. */
public final class CommentController {
    /** The most characters a comment's text or an answer's rationale may have; the web forms hold to it too. */
    public static final int MAX_BODY = 20_000;
    /** The list's formats: JSON, paged; CSV, every comment the filters select. */
    private static final List<String> MEDIA_TYPES = List.of("application/json", SpreadsheetCsv.MEDIA_TYPE);
    private final CommentService comments;
    private final ObjectMapper json;

    public CommentController(CommentService comments, ObjectMapper json) {
        this.comments = comments;
        this.json = json;
    }

    /** Body of {@code POST …/comments}. */
    record CommentCreate(String body, String sectionKey, String replyTo) {
        NewComment validated() {
            new InputCheck().required("body", body).maxLength("body", body, MAX_BODY)
                    .maxLength("sectionKey", sectionKey, 64).maxLength("replyTo", replyTo, 100).check();
            return new NewComment(body, sectionKey, replyTo);
        }
    }

    /** Body of {@code PATCH …/comments/{cid}}. */
    record CommentAnswer(CommentStatus status, Disposition disposition, String rationale) {
        Answer validated() {
            new InputCheck().required("status", status).maxLength("rationale", rationale, MAX_BODY).check();
            return new Answer(status, disposition, rationale);
        }
    }

    /** Schema {@code Comment}. */
    record CommentResponse(String id, int revision, String sectionKey, String replyTo, String author, String organisation,
                           String source, String body, CommentStatus status, Disposition disposition, String rationale,
                           String resolvedBy, Instant resolvedAt, Instant createdAt) {
        static CommentResponse of(Comment comment) {
            return new CommentResponse(comment.id(), comment.revision(), comment.sectionKey(), comment.replyTo(),
                    comment.author(), comment.organisation(), comment.source(), comment.body(), comment.status(),
                    comment.disposition(), comment.rationale(), comment.resolvedBy(), comment.resolvedAt(), comment.createdAt());
        }
    }

    public void create(Context ctx) {
        NewComment request = Requests.body(ctx, json, CommentCreate.class).validated();
        Comment comment = comments.post(Requests.caller(ctx), ctx.pathParam("id"), request);
        ctx.status(201).header("Location", "/api/v1/documents/" + ctx.pathParam("id") + "/comments/" + comment.id())
                .json(CommentResponse.of(comment));
    }

    public void list(Context ctx) {
        String mediaType = Negotiation.choose(ctx, MEDIA_TYPES);
        Caller caller = Requests.callerOrAnonymous(ctx);
        String id = ctx.pathParam("id");
        CommentStatus status = status(ctx);
        String section = emptyToNull(ctx.queryParam("section"));
        if (mediaType.equals(SpreadsheetCsv.MEDIA_TYPE)) {
            CommentsCsv.send(ctx, id, page -> comments.list(caller, id, status, section, page));
        } else {
            ctx.json(ListResponse.of(comments.list(caller, id, status, section, Requests.page(ctx)), CommentResponse::of));
        }
    }

    public void answer(Context ctx) {
        Answer answer = Requests.body(ctx, json, CommentAnswer.class).validated();
        ctx.json(CommentResponse.of(comments.answer(Requests.caller(ctx), ctx.pathParam("id"), ctx.pathParam("cid"), answer)));
    }

    private static CommentStatus status(Context ctx) {
        String value = emptyToNull(ctx.queryParam("status"));
        try {
            return value == null ? null : WireNames.parse(CommentStatus.class, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", Rule.ENUM, "status must be one of open, resolved");
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
