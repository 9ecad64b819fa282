package nl.triade.registry.http.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Set;
import nl.triade.registry.domain.CommitWatch;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.PreconditionRequiredException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentKind;
import nl.triade.registry.domain.document.DocumentQuery;
import nl.triade.registry.domain.document.DocumentReading;
import nl.triade.registry.domain.document.DocumentService;
import nl.triade.registry.domain.document.DocumentStatus;
import nl.triade.registry.domain.document.Overdue;
import nl.triade.registry.domain.document.Precondition;
import nl.triade.registry.domain.document.RevisionService;
import nl.triade.registry.domain.workflow.TransitionAction;
import nl.triade.registry.domain.workflow.TransitionService;
import nl.triade.registry.http.ETags;
import nl.triade.registry.http.InputCheck;
import nl.triade.registry.http.ListResponse;
import nl.triade.registry.http.RequestLook;
import nl.triade.registry.http.Requests;
import nl.triade.registry.http.document.DocumentResponses.DocumentResponse;
import nl.triade.registry.http.document.DocumentResponses.SummaryResponse;
import nl.triade.registry.http.document.RevisionResponses.DiffResponse;
import nl.triade.registry.http.document.RevisionResponses.RevisionDetail;
import nl.triade.registry.http.document.RevisionResponses.RevisionResponse;

/** {@code /documents}, a document's own fields, and its revisions. */
public final class DocumentController {
    private static final Set<String> MERGE_PATCH_TYPES = Set.of("application/merge-patch+json", "application/json");
    private final DocumentService documents;
    private final RevisionService revisions;
    private final TransitionService transitions;
    private final ObjectMapper json;
    private final CommitWatch commits;
    private final RenderedDocuments rendered;

    public DocumentController(DocumentService documents, RevisionService revisions, TransitionService transitions,
                              ObjectMapper json, TimeSource time, CommitWatch commits) {
        this.documents = documents;
        this.revisions = revisions;
        this.transitions = transitions;
        this.json = json;
        this.commits = commits;
        this.rendered = new RenderedDocuments(documents, time, commits);
    }

    /** Body of {@code POST /documents/{id}/transitions}. */
    record TransitionRequest(TransitionAction action, Instant closesAt) {
    }

    public void transition(Context ctx) {
        TransitionRequest request = Requests.body(ctx, json, TransitionRequest.class);
        new InputCheck().required("action", request.action()).check();
        respond(ctx, transitions.transition(Requests.caller(ctx), ctx.pathParam("id"), request.action(), request.closesAt()));
    }

    public void create(Context ctx) {
        DocumentCreate request = Requests.body(ctx, json, DocumentCreate.class);
        Document created = documents.create(Requests.caller(ctx), request.validated());
        ctx.status(201).header("Location", "/api/v1/documents/" + created.id());
        respond(ctx, created);
    }

    public void list(Context ctx) {
        DocumentQuery filters = new DocumentQuery(
                QueryParams.enumValue(ctx, "kind", DocumentKind.class), QueryParams.enumValue(ctx, "status", DocumentStatus.class),
                ctx.queryParam("condition"), ctx.queryParam("organisation"), ctx.queryParam("q"), QueryParams.enumValue(ctx, "overdue", Overdue.class), null,
                null, false);
        ctx.json(ListResponse.of(documents.list(Requests.callerOrAnonymous(ctx), filters, Requests.page(ctx)), SummaryResponse::of));
    }

    public void get(Context ctx) {
        Caller caller = Requests.callerOrAnonymous(ctx);
        RenderedDocuments.Rendered answer = rendered.read(caller, ctx.pathParam("id"), RequestLook.of(ctx, commits),
                reading -> ctx.jsonMapper().toJsonString(DocumentResponse.of(reading), DocumentResponse.class));
        ctx.header("ETag", ETags.quote(answer.revision())).contentType(ContentType.APPLICATION_JSON).result(answer.json());
    }

    public void patch(Context ctx) {
        Caller caller = Requests.caller(ctx);
        Integer ifMatch = ETags.ifMatch(ctx);
        if (ifMatch == null) {
            throw new PreconditionRequiredException("changing the document needs If-Match with its current ETag");
        }
        JsonNode patch = MergePatch.checked(Requests.tree(ctx, json, MERGE_PATCH_TYPES));
        Document current = documents.get(caller, ctx.pathParam("id"));
        JsonNode merged = MergePatch.apply(json.valueToTree(DocumentFieldsInput.of(current.content().fields())), patch);
        DocumentFieldsInput fields = Requests.convert(json, merged, DocumentFieldsInput.class);
        int basedOn = ifMatch == Precondition.ANY ? current.revision() : ifMatch;
        respond(ctx, documents.replaceFields(caller, current.id(), Precondition.ifMatch(basedOn), fields.validated(),
                QueryParams.revisionNote(ctx)));
    }

    public void revisions(Context ctx) {
        ctx.json(ListResponse.of(revisions.list(Requests.callerOrAnonymous(ctx), ctx.pathParam("id"), Requests.page(ctx)),
                RevisionResponse::of));
    }

    public void revision(Context ctx) {
        int number = QueryParams.positive("n", ctx.pathParam("n"));
        ctx.json(RevisionDetail.of(revisions.get(Requests.callerOrAnonymous(ctx), ctx.pathParam("id"), number)));
    }

    public void diff(Context ctx) {
        int number = QueryParams.positive("n", ctx.pathParam("n"));
        String against = ctx.queryParam("against");
        Integer base = against == null ? null : QueryParams.positive("against", against);
        if (base != null && base >= number) {
            throw new InvalidInputException("against", Rule.BEFORE_REVISION, "against must be an earlier revision than " + number);
        }
        ctx.json(DiffResponse.of(revisions.diff(Requests.callerOrAnonymous(ctx), ctx.pathParam("id"), number, base)));
    }

    private void respond(Context ctx, Document document) {
        respond(ctx, documents.reading(document));
    }

    private static void respond(Context ctx, DocumentReading reading) {
        ctx.header("ETag", ETags.quote(reading.document().revision())).json(DocumentResponse.of(reading));
    }
}
