package nl.triade.registry.http.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import nl.triade.registry.domain.document.Edition;
import nl.triade.registry.domain.document.EditionService;
import nl.triade.registry.domain.document.EditionStatus;
import nl.triade.registry.http.InputCheck;
import nl.triade.registry.http.ListResponse;
import nl.triade.registry.http.Requests;
import nl.triade.registry.http.document.DocumentResponses.ContentResponse;

/**
 * {@code /documents/{id}/editions}: the registered editions with where each stands, public whatever
 * the document's current state, and the Register's withdrawal of one.
 */
public final class EditionController {
    private final EditionService editions;
    private final ObjectMapper json;

    public EditionController(EditionService editions, ObjectMapper json) {
        this.editions = editions;
        this.json = json;
    }

    /** Body of {@code POST …/editions/{version}/withdrawal}. */
    record WithdrawalRequest(String reason) {
    }

    /** Schema {@code Edition}. */
    record EditionResponse(int version, int revision, String contentHash, String submission, String registerReference,
                           Instant registeredAt, EditionStatus status, Instant statusChangedAt, String withdrawalReason,
                           LocalDate reviewDue) {
        static EditionResponse of(Edition edition) {
            return new EditionResponse(edition.version(), edition.revision(), edition.contentHash(), edition.submissionId(),
                    edition.registerReference(), edition.registeredAt(), edition.status(), edition.statusChangedAt(),
                    edition.withdrawalReason(), edition.reviewDue());
        }
    }

    /** Schema {@code EditionDetail}. */
    record EditionDetail(int version, int revision, String contentHash, String submission, String registerReference,
                         Instant registeredAt, EditionStatus status, Instant statusChangedAt, String withdrawalReason,
                         LocalDate reviewDue, ContentResponse content) {
        static EditionDetail of(EditionService.EditionContent registered) {
            Edition edition = registered.edition();
            return new EditionDetail(edition.version(), edition.revision(), edition.contentHash(), edition.submissionId(),
                    edition.registerReference(), edition.registeredAt(), edition.status(), edition.statusChangedAt(),
                    edition.withdrawalReason(), edition.reviewDue(), ContentResponse.of(registered.snapshot().content()));
        }
    }

    public void list(Context ctx) {
        ctx.json(new ListResponse<>(editions.list(Requests.callerOrAnonymous(ctx), ctx.pathParam("id")).stream()
                .map(EditionResponse::of).toList(), null));
    }

    public void get(Context ctx) {
        int version = QueryParams.positive("version", ctx.pathParam("version"));
        ctx.json(EditionDetail.of(editions.get(Requests.callerOrAnonymous(ctx), ctx.pathParam("id"), version)));
    }

    public void withdraw(Context ctx) {
        int version = QueryParams.positive("version", ctx.pathParam("version"));
        WithdrawalRequest request = Requests.body(ctx, json, WithdrawalRequest.class);
        new InputCheck().required("reason", request.reason()).maxLength("reason", request.reason(), 5000).check();
        ctx.json(EditionResponse.of(editions.withdraw(Requests.caller(ctx), ctx.pathParam("id"), version, request.reason())));
    }
}
