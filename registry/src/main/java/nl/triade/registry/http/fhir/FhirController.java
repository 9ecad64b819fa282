package nl.triade.registry.http.fhir;

import io.javalin.http.Context;
import java.util.List;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.ExportService;
import nl.triade.registry.domain.document.ExportView;
import nl.triade.registry.http.ETags;
import nl.triade.registry.http.Negotiation;
import nl.triade.registry.http.Requests;
import nl.triade.registry.http.document.QueryParams;

/**
 * {@code GET /documents/{id}/fhir} and {@code GET /documents/{id}/editions/{version}/fhir}: a
 * document, or a registered edition, as FHIR R4 JSON, read under the same rights as the document and
 * the edition. {@code application/json} is offered too, as FHIR servers do; any other {@code Accept}
 * is {@code 406}, checked first, as it does not depend on the document.
 */
public final class FhirController {
    private static final List<String> MEDIA_TYPES = List.of("application/fhir+json", "application/json");
    private final ExportService exports;
    private final Canonicals canonicals;

    /** {@code publicUrl}: the registry's public base URL, without a trailing {@code /}. */
    public FhirController(ExportService exports, String publicUrl) {
        this.exports = exports;
        this.canonicals = new Canonicals(publicUrl);
    }

    public void document(Context ctx) {
        String mediaType = Negotiation.choose(ctx, MEDIA_TYPES);
        respond(ctx, mediaType, exports.current(Requests.callerOrAnonymous(ctx), ctx.pathParam("id")));
    }

    public void edition(Context ctx) {
        String mediaType = Negotiation.choose(ctx, MEDIA_TYPES);
        int version = QueryParams.positive("version", ctx.pathParam("version"));
        respond(ctx, mediaType, exports.edition(Requests.callerOrAnonymous(ctx), ctx.pathParam("id"), version));
    }

    private void respond(Context ctx, String mediaType, ExportView view) {
        Object resource = view.kind() == DocumentKind.INSTRUMENT ? InstrumentAsMeasure.of(view, canonicals)
                : StandardAsPlanDefinition.of(view, canonicals);
        ctx.header("ETag", ETags.quote(view.revision())).json(resource);
        ctx.contentType(mediaType);
    }
}
