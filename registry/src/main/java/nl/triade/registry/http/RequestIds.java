package nl.triade.registry.http;

import io.javalin.http.Context;
import nl.triade.registry.domain.Ids;

/** Gives every request an id, echoed in {@code X-Request-Id} and in problems, so logs and user reports meet. */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "triade.requestId";

    private RequestIds() {
    }

    static void assign(Context ctx) {
        String id = Ids.next("req");
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? "unknown" : id;
    }
}
