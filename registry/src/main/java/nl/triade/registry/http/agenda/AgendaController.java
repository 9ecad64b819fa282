package nl.triade.registry.http.agenda;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.agenda.AgendaItem;
import nl.triade.registry.domain.agenda.AgendaItemView;
import nl.triade.registry.domain.agenda.AgendaLink;
import nl.triade.registry.domain.agenda.AgendaLinks;
import nl.triade.registry.domain.agenda.AgendaService;
import nl.triade.registry.domain.agenda.AgendaStatus;
import nl.triade.registry.domain.agenda.KwaliteitsraadDocuments;
import nl.triade.registry.domain.document.Precondition;
import nl.triade.registry.http.ETags;
import nl.triade.registry.http.InputCheck;
import nl.triade.registry.http.ListResponse;
import nl.triade.registry.http.Requests;
import nl.triade.registry.http.document.QueryParams;

/** {@code /agenda}: the Register's accounts keep the Meerjarenagenda; anyone reads it, without a token too. */
public final class AgendaController {
    private final AgendaService agenda;
    private final AgendaLinks links;
    private final KwaliteitsraadDocuments councilDocuments;
    private final ObjectMapper json;

    public AgendaController(AgendaService agenda, AgendaLinks links, KwaliteitsraadDocuments councilDocuments, ObjectMapper json) {
        this.agenda = agenda;
        this.links = links;
        this.councilDocuments = councilDocuments;
        this.json = json;
    }

    /** Schema {@code AgendaItem}: one entry of the list. */
    record AgendaItemResponse(String id, String topic, String condition, String documentKind, List<String> responsible,
                              LocalDate deadline, String status, String assignedTo, int revision, Instant createdAt,
                              Instant updatedAt) {
        static AgendaItemResponse of(AgendaItem item) {
            return new AgendaItemResponse(item.id(), item.terms().topic(), item.terms().condition(),
                    WireNames.of(item.terms().documentKind()), item.terms().responsible(), item.terms().deadline(),
                    WireNames.of(item.status()), item.assignedTo(), item.revision(), item.createdAt(), item.updatedAt());
        }
    }

    /** Schema {@code AgendaLink}. */
    record LinkResponse(String document, String linkedBy, Instant linkedAt) {
        static LinkResponse of(AgendaLink link) {
            return new LinkResponse(link.documentId(), link.organisation(), link.at());
        }
    }

    /** Schema {@code AgendaItemDetail}: the item with the linked documents the reader may see. */
    record AgendaItemDetail(String id, String topic, String condition, String documentKind, List<String> responsible,
                            LocalDate deadline, String status, String assignedTo, int revision, Instant createdAt,
                            Instant updatedAt, List<LinkResponse> documents) {
        static AgendaItemDetail of(AgendaItemView view) {
            AgendaItemResponse item = AgendaItemResponse.of(view.item());
            return new AgendaItemDetail(item.id(), item.topic(), item.condition(), item.documentKind(), item.responsible(),
                    item.deadline(), item.status(), item.assignedTo(), item.revision(), item.createdAt(), item.updatedAt(),
                    view.documents().stream().map(LinkResponse::of).toList());
        }
    }

    /** Body of {@code POST /agenda/{id}/assignment}. */
    record AssignmentRequest(String organisation) {
    }

    /** Body of {@code POST /agenda/{id}/documents}. */
    record LinkRequest(String document) {
    }

    public void create(Context ctx) {
        AgendaItemInput request = Requests.body(ctx, json, AgendaItemInput.class);
        AgendaItemView created = agenda.create(Requests.caller(ctx), request.validated());
        ctx.status(201).header("Location", "/api/v1/agenda/" + created.item().id());
        respond(ctx, created);
    }

    public void list(Context ctx) {
        Requests.callerOrAnonymous(ctx);
        ctx.json(ListResponse.of(agenda.list(QueryParams.enumValue(ctx, "status", AgendaStatus.class), Requests.page(ctx)),
                AgendaItemResponse::of));
    }

    public void get(Context ctx) {
        respond(ctx, agenda.get(Requests.callerOrAnonymous(ctx), ctx.pathParam("id")));
    }

    public void put(Context ctx) {
        Caller caller = Requests.caller(ctx);
        Integer ifMatch = ETags.ifMatch(ctx);
        AgendaItemInput request = Requests.body(ctx, json, AgendaItemInput.class);
        respond(ctx, agenda.change(caller, ctx.pathParam("id"), Precondition.ifMatch(ifMatch), request.validated()));
    }

    public void link(Context ctx) {
        Caller caller = Requests.caller(ctx);
        LinkRequest request = Requests.body(ctx, json, LinkRequest.class);
        new InputCheck().required("document", request.document()).check();
        respond(ctx, links.link(caller, ctx.pathParam("id"), request.document()));
    }

    public void assign(Context ctx) {
        Caller caller = Requests.caller(ctx);
        Integer ifMatch = ETags.ifMatch(ctx);
        AssignmentRequest request = Requests.body(ctx, json, AssignmentRequest.class);
        new InputCheck().required("organisation", request.organisation()).check();
        respond(ctx, agenda.assign(caller, ctx.pathParam("id"), Precondition.ifMatch(ifMatch), request.organisation()));
    }

    /** The Kwaliteitsraad starts the item's document; the answer is the item, the new document is at {@code Location}. */
    public void startDocument(Context ctx) {
        KwaliteitsraadDocuments.Started started = councilDocuments.start(Requests.caller(ctx), ctx.pathParam("id"));
        ctx.status(201).header("Location", "/api/v1/documents/" + started.documentId());
        respond(ctx, started.item());
    }

    private static void respond(Context ctx, AgendaItemView view) {
        ctx.header("ETag", ETags.quote(view.item().revision())).json(AgendaItemDetail.of(view));
    }
}
