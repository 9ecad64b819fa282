package nl.triade.registry.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.LimitExceededException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.PreconditionFailedException;
import nl.triade.registry.domain.PreconditionRequiredException;
import nl.triade.registry.domain.RegistryException;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.UnauthenticatedException;
import nl.triade.registry.domain.limits.RateLimitedException;
import nl.triade.registry.domain.UnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where exceptions become RFC 9457 problems. Unexpected ones are logged with the request id and answered without detail. */
public final class ProblemMapper {
    static final String CONTENT_TYPE = "application/problem+json";
    /** The {@code rule} of every {@code 429}; {@code bucket} says which limit. */
    private static final String RATE_LIMIT_RULE = "rate-limit";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private ProblemMapper() {
    }

    public static void registryException(RegistryException exception, Context ctx) {
        String detail = exception.getMessage();
        if (exception instanceof InvalidInputException invalid) {
            Problem problem = new Problem(Problem.TYPE_PREFIX + "invalid-request", "The request is invalid", 400, detail,
                    RequestIds.of(ctx), invalid.violations().get(0).rule(), invalid.violations().get(0).field(), null,
                    invalid.violations());
            write(ctx, problem);
        } else if (exception instanceof RuleViolationException rule) {
            write(ctx, new Problem(Problem.TYPE_PREFIX + "rule-violated", "A rule refuses this change", 409, detail,
                    RequestIds.of(ctx), rule.rule(), rule.field(), null, null));
        } else if (exception instanceof RateLimitedException limited) {
            ctx.header("Retry-After", Long.toString(limited.retryAfterSeconds()));
            write(ctx, new Problem(Problem.TYPE_PREFIX + "rate-limited", "Too many requests", 429, detail, RequestIds.of(ctx),
                    RATE_LIMIT_RULE, null, null, null, limited.bucket().wire(), limited.retryAfterSeconds(), null));
        } else if (exception instanceof LimitExceededException limit) {
            write(ctx, limit.isSize()
                    ? new Problem(Problem.TYPE_PREFIX + "content-too-large", "The content would be too large", 413, detail,
                            RequestIds.of(ctx), limit.rule(), limit.field(), null, null, null, null, limit.limit())
                    : new Problem(Problem.TYPE_PREFIX + "limit-exceeded", "A limit refuses this change", 422, detail,
                            RequestIds.of(ctx), limit.rule(), limit.field(), null, null, null, null, limit.limit()));
        } else if (exception instanceof UnavailableException busy) {
            ctx.header("Retry-After", Long.toString(Math.max(1, busy.retryAfter().toSeconds())));
            write(ctx, problem(503, "unavailable", "Service unavailable", detail, ctx));
        } else if (exception instanceof PreconditionFailedException stale) {
            String current = stale.currentRevision() == null ? null : ETags.quote(stale.currentRevision());
            write(ctx, new Problem(Problem.TYPE_PREFIX + "precondition-failed", "The resource has changed", 412, detail,
                    RequestIds.of(ctx), null, null, current, null));
        } else {
            write(ctx, simple(exception, detail, ctx));
        }
        if (exception instanceof UnauthenticatedException) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
    }

    private static Problem simple(RegistryException exception, String detail, Context ctx) {
        if (exception instanceof NotFoundException) {
            return problem(404, "not-found", "Not found", detail, ctx);
        }
        if (exception instanceof ForbiddenException) {
            return problem(403, "forbidden", "Not allowed", detail, ctx);
        }
        if (exception instanceof UnauthenticatedException) {
            return problem(401, "unauthenticated", "Authentication required", detail, ctx);
        }
        if (exception instanceof PreconditionRequiredException) {
            return problem(428, "precondition-required", "A precondition header is required", detail, ctx);
        }
        throw new IllegalStateException("unmapped registry exception " + exception.getClass().getName(), exception);
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

    /** {@code message} is shown only for 415, whose text this server writes; other texts may come from a library. */
    static Problem forStatus(int status, String message, Context ctx) {
        return switch (status) {
            case 404 -> problem(404, "not-found", "Not found", "no resource at " + ctx.path(), ctx);
            case 405 -> problem(405, "method-not-allowed", "Method not allowed",
                    ctx.method() + " is not supported on " + ctx.path(), ctx);
            case 413 -> problem(413, "payload-too-large", "Request body too large",
                    "the request body exceeds the limit of " + Requests.MAX_BODY_BYTES + " bytes", ctx);
            case 415 -> problem(415, "unsupported-media-type", "Unsupported media type", message, ctx);
            case 400 -> problem(400, "invalid-request", "The request is invalid", "the request is malformed", ctx);
            default -> status >= 500
                    ? problem(status, "internal", "Internal error", "the server could not handle this request", ctx)
                    : problem(status, "http-" + status, "HTTP " + status, null, ctx);
        };
    }

    private static Problem problem(int status, String slug, String title, String detail, Context ctx) {
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
