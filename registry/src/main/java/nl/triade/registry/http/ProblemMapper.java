package nl.triade.registry.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import nl.triade.registry.domain.RegistryException;
import nl.triade.registry.domain.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where exceptions become RFC 9457 problems. Unexpected ones are logged with the request id and answered without detail. */
public final class ProblemMapper {
    static final String CONTENT_TYPE = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private ProblemMapper() {
    }

    public static void registryException(RegistryException exception, Context ctx) {
        write(ctx, exception.accept(new RefusalProblems(ctx)));
    }

    public static void httpResponseException(HttpResponseException exception, Context ctx) {
        write(ctx, forStatus(exception.getStatus(), exception.getMessage(), ctx));
    }

    public static void unexpected(Exception exception, Context ctx) {
        LOG.error("request {} {} {} failed", RequestIds.of(ctx), ctx.method(), ctx.path(), exception);
        write(ctx, problem(500, "internal", "Internal error",
                "the server failed to handle this request; quote the instance when reporting it", ctx));
    }

    public static void unavailable(Context ctx, String detail) {
        write(ctx, problem(503, "unavailable", "Service unavailable", detail, ctx));
    }

    /** For statuses Javalin produces itself (unknown route, wrong method, body too large). */
    public static void errorStatus(Context ctx) {
        String contentType = ctx.res().getContentType();
        if (contentType != null && contentType.startsWith(CONTENT_TYPE)) {
            return;
        }
        write(ctx, forStatus(ctx.statusCode(), null, ctx));
    }

    /** {@code message} is shown only for 406 and 415, whose texts this server writes; other texts may come from a library. */
    static Problem forStatus(int status, String message, Context ctx) {
        return switch (status) {
            case 404 -> problem(404, "not-found", "Not found", "no resource at " + ctx.path(), ctx);
            case 405 -> problem(405, "method-not-allowed", "Method not allowed",
                    ctx.method() + " is not supported on " + ctx.path(), ctx);
            case 413 -> problem(413, "payload-too-large", "Request body too large",
                    "the request body exceeds the limit of " + Requests.MAX_BODY_BYTES + " bytes", ctx);
            case 406 -> new Problem(Problem.TYPE_PREFIX + "not-acceptable", "Not acceptable", 406, message, RequestIds.of(ctx),
                    Rule.NOT_ACCEPTABLE.wire(), "Accept", null, null);
            case 415 -> problem(415, "unsupported-media-type", "Unsupported media type", message, ctx);
            case 400 -> problem(400, "invalid-request", "The request is invalid", "the request is malformed", ctx);
            default -> status >= 500
                    ? problem(status, "internal", "Internal error", "the server could not handle this request", ctx)
                    : problem(status, "http-" + status, "HTTP " + status, null, ctx);
        };
    }

    static Problem problem(int status, String slug, String title, String detail, Context ctx) {
        return new Problem(Problem.TYPE_PREFIX + slug, title, status, detail == null ? title : detail,
                RequestIds.of(ctx), null, null, null, null);
    }

    static void write(Context ctx, Problem problem) {
        ctx.status(problem.status());
        SecurityHeaders.forProblem(ctx);
        ctx.json(problem);
        ctx.contentType(CONTENT_TYPE);
    }
}
