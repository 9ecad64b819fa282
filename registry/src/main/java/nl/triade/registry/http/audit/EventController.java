package nl.triade.registry.http.audit;

import io.javalin.http.Context;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.audit.AuditService;
import nl.triade.registry.http.ListResponse;
import nl.triade.registry.http.Requests;

/** {@code /events} and {@code /events/verify}. */
public final class EventController {
    private final AuditService audit;

    public EventController(AuditService audit) {
        this.audit = audit;
    }

    public void list(Context ctx) {
        long after = after(ctx.queryParam("after"));
        ctx.json(ListResponse.of(audit.list(Requests.caller(ctx), after, ctx.queryParam("document"), Requests.page(ctx)),
                EventResponse::of));
    }

    public void verify(Context ctx) {
        ctx.json(audit.verify(Requests.caller(ctx)));
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
        throw new InvalidInputException("after", "type", "after must be a non-negative whole number (an event seq)");
    }
}
