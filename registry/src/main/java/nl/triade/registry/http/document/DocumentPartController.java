package nl.triade.registry.http.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import nl.triade.registry.domain.document.AbsenceStatement;
import nl.triade.registry.domain.document.DocumentPartService;
import nl.triade.registry.domain.document.Evidence;
import nl.triade.registry.domain.document.Indicator;
import nl.triade.registry.domain.document.PartResult;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.document.Precondition;
import nl.triade.registry.domain.document.Section;
import nl.triade.registry.http.ETags;
import nl.triade.registry.http.Requests;
import nl.triade.registry.http.document.ContentResponses.AbsenceResponse;
import nl.triade.registry.http.document.ContentResponses.EvidenceResponse;
import nl.triade.registry.http.document.ContentResponses.ParticipantResponse;
import nl.triade.registry.http.document.DocumentResponses.IndicatorResponse;
import nl.triade.registry.http.document.DocumentResponses.SectionResponse;
import nl.triade.registry.http.document.PartInputs.AbsenceInput;
import nl.triade.registry.http.document.PartInputs.EvidenceInput;
import nl.triade.registry.http.document.PartInputs.IndicatorInput;
import nl.triade.registry.http.document.PartInputs.ParticipantInput;
import nl.triade.registry.http.document.PartInputs.SectionInput;

/** A document's parts: sections and indicators (each with its own ETag), evidence, participants and absence statements. */
public final class DocumentPartController {
    private final DocumentPartService parts;
    private final ObjectMapper json;

    public DocumentPartController(DocumentPartService parts, ObjectMapper json) {
        this.parts = parts;
        this.json = json;
    }

    public void putSection(Context ctx) {
        Section section = Requests.body(ctx, json, SectionInput.class).validated(ctx.pathParam("key"));
        PartResult<Section> result = parts.putSection(Requests.caller(ctx), ctx.pathParam("id"), section,
                precondition(ctx), QueryParams.revisionNote(ctx));
        respond(ctx, result, SectionResponse.of(result.part(), result.revision()));
    }

    public void deleteSection(Context ctx) {
        PartInputs.checkKey("key", ctx.pathParam("key"));
        parts.deleteSection(Requests.caller(ctx), ctx.pathParam("id"), ctx.pathParam("key"), precondition(ctx),
                QueryParams.revisionNote(ctx));
        ctx.status(204);
    }

    public void putIndicator(Context ctx) {
        Indicator indicator = Requests.body(ctx, json, IndicatorInput.class).validated(ctx.pathParam("key"));
        PartResult<Indicator> result = parts.putIndicator(Requests.caller(ctx), ctx.pathParam("id"), indicator,
                precondition(ctx), QueryParams.revisionNote(ctx));
        respond(ctx, result, IndicatorResponse.of(result.part(), result.revision()));
    }

    public void deleteIndicator(Context ctx) {
        PartInputs.checkKey("key", ctx.pathParam("key"));
        parts.deleteIndicator(Requests.caller(ctx), ctx.pathParam("id"), ctx.pathParam("key"), precondition(ctx),
                QueryParams.revisionNote(ctx));
        ctx.status(204);
    }

    public void addEvidence(Context ctx) {
        Evidence evidence = Requests.body(ctx, json, EvidenceInput.class).validated();
        PartResult<Evidence> result = parts.addEvidence(Requests.caller(ctx), ctx.pathParam("id"), evidence,
                precondition(ctx), QueryParams.revisionNote(ctx));
        ctx.status(201).header("Location", "/api/v1/documents/" + ctx.pathParam("id") + "/evidence/" + result.part().id())
                .header("ETag", ETags.quote(result.revision())).json(EvidenceResponse.of(result.part()));
    }

    public void deleteEvidence(Context ctx) {
        parts.removeEvidence(Requests.caller(ctx), ctx.pathParam("id"), ctx.pathParam("eid"), precondition(ctx),
                QueryParams.revisionNote(ctx));
        ctx.status(204);
    }

    public void putParticipant(Context ctx) {
        Participant participant = Requests.body(ctx, json, ParticipantInput.class).validated(ctx.pathParam("slug"));
        PartResult<Participant> result = parts.putParticipant(Requests.caller(ctx), ctx.pathParam("id"), participant,
                precondition(ctx), QueryParams.revisionNote(ctx));
        respond(ctx, result, ParticipantResponse.of(result.part()));
    }

    public void deleteParticipant(Context ctx) {
        parts.removeParticipant(Requests.caller(ctx), ctx.pathParam("id"), ctx.pathParam("slug"), precondition(ctx),
                QueryParams.revisionNote(ctx));
        ctx.status(204);
    }

    public void putAbsence(Context ctx) {
        String motivation = Requests.body(ctx, json, AbsenceInput.class).validated();
        PartResult<AbsenceStatement> result = parts.putAbsence(Requests.caller(ctx), ctx.pathParam("id"),
                PartInputs.party(ctx.pathParam("party")), motivation, precondition(ctx), QueryParams.revisionNote(ctx));
        respond(ctx, result, AbsenceResponse.of(result.part()));
    }

    public void deleteAbsence(Context ctx) {
        parts.removeAbsence(Requests.caller(ctx), ctx.pathParam("id"), PartInputs.party(ctx.pathParam("party")),
                precondition(ctx), QueryParams.revisionNote(ctx));
        ctx.status(204);
    }

    private static Precondition precondition(Context ctx) {
        return new Precondition(ETags.ifMatch(ctx), ETags.ifNoneMatchAny(ctx));
    }

    private static void respond(Context ctx, PartResult<?> result, Object body) {
        ctx.status(result.created() ? 201 : 200).header("ETag", ETags.quote(result.revision())).json(body);
    }
}
