package nl.triade.registry.http.document;

import io.javalin.http.Context;
import java.time.Instant;
import nl.triade.registry.domain.document.Edition;
import nl.triade.registry.domain.document.EditionService;
import nl.triade.registry.http.ListResponse;
import nl.triade.registry.http.Requests;
import nl.triade.registry.http.document.DocumentResponses.ContentResponse;

/** {@code /documents/{id}/editions}: the registered editions, public whatever the document's current state. */
public final class EditionController {
    private final EditionService editions;

    public EditionController(EditionService editions) {
        this.editions = editions;
    }

    /** Schema {@code Edition}. */
    record EditionResponse(int version, int revision, String contentHash, String submission, String registerReference,
                           Instant registeredAt) {
        static EditionResponse of(Edition edition) {
            return new EditionResponse(edition.version(), edition.revision(), edition.contentHash(), edition.submissionId(),
                    edition.registerReference(), edition.registeredAt());
        }
    }

    /** Schema {@code EditionDetail}. */
    record EditionDetail(int version, int revision, String contentHash, String submission, String registerReference,
                         Instant registeredAt, ContentResponse content) {
        static EditionDetail of(EditionService.EditionContent registered) {
            Edition edition = registered.edition();
            return new EditionDetail(edition.version(), edition.revision(), edition.contentHash(), edition.submissionId(),
                    edition.registerReference(), edition.registeredAt(), ContentResponse.of(registered.snapshot().content()));
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
}
