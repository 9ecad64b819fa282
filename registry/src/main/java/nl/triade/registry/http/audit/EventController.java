package nl.triade.registry.http.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.audit.AuditService;
import nl.triade.registry.http.ListResponse;
import nl.triade.registry.http.Requests;

/** {@code /events}, {@code /events/verify} (with or without a checkpoint), {@code /events/checkpoint} and {@code /events/key}. */
public final class EventController {
    private final AuditService audit;
    private final ObjectMapper json;

    public EventController(AuditService audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    public void list(Context ctx) {
        long after = after(ctx.queryParam("after"));
        ctx.json(ListResponse.of(audit.list(Requests.caller(ctx), after, ctx.queryParam("document"), Requests.page(ctx)),
                EventResponse::of));
    }

    public void verify(Context ctx) {
        ctx.json(VerificationResponse.of(audit.verify(Requests.caller(ctx))));
    }

    public void verifyCheckpoint(Context ctx) {
        Caller caller = Requests.caller(ctx);
        ctx.json(VerificationResponse.of(audit.verify(caller, Requests.body(ctx, json, CheckpointBody.class).validated())));
    }

    public void checkpoint(Context ctx) {
        ctx.json(CheckpointBody.of(audit.checkpoint(Requests.caller(ctx))));
    }

    public void key(Context ctx) {
        ctx.json(SigningKeyResponse.of(audit.key()));
    }

    private static long after(String value) {
        if (value == null) {
            return 0;
        }
        try {
            long after = Long.parseLong(value);
            if (after >= 0) {
                return after;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("after", Rule.TYPE, "after must be a non-negative whole number (an event seq)");
    }
}
