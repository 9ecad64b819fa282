package nl.triade.registry.http.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.LocalDate;
import nl.triade.registry.domain.document.PartyConsultationService;
import nl.triade.registry.http.InputCheck;
import nl.triade.registry.http.Requests;

/** {@code /documents/{id}/consultations/{organisation}}: the Kwaliteitsraad records whom it consulted for its document. */
public final class ConsultationController {
    private static final int MAX_HOW = 2000;
    private final PartyConsultationService consultations;
    private final ObjectMapper json;

    public ConsultationController(PartyConsultationService consultations, ObjectMapper json) {
        this.consultations = consultations;
        this.json = json;
    }

    /** Body of the request (schema {@code PartyConsultationInput}). */
    record ConsultationInput(LocalDate consultedOn, String how) {
    }

    public void record(Context ctx) {
        ConsultationInput input = Requests.body(ctx, json, ConsultationInput.class);
        new InputCheck().required("consultedOn", input.consultedOn()).required("how", input.how())
                .maxLength("how", input.how(), MAX_HOW).check();
        ctx.json(KwaliteitsraadResponse.of(consultations.record(Requests.caller(ctx), ctx.pathParam("id"),
                ctx.pathParam("organisation"), input.consultedOn(), input.how().strip())));
    }
}
