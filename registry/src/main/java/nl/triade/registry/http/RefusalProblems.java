package nl.triade.registry.http;

import io.javalin.http.Context;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.InvalidInputException.Violation;
import nl.triade.registry.domain.LimitExceededException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.PreconditionFailedException;
import nl.triade.registry.domain.PreconditionRequiredException;
import nl.triade.registry.domain.RateLimitedException;
import nl.triade.registry.domain.RegistryException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.UnauthenticatedException;
import nl.triade.registry.domain.UnavailableException;

/**
 * The problem answering each kind of refusal, with the headers that go with it. As a visitor of
 * the sealed {@link RegistryException}, it must answer every kind: a new one does not compile
 * until it is added here. A refusal naming a {@link Rule} is answered with that rule's status.
 */
final class RefusalProblems implements RegistryException.Visitor<Problem> {
    private final Context ctx;

    RefusalProblems(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Problem invalidInput(InvalidInputException refusal) {
        Violation first = refusal.violations().get(0);
        return new Problem(Problem.TYPE_PREFIX + "invalid-request", "The request is invalid", first.rule().status(),
                refusal.getMessage(), RequestIds.of(ctx), first.rule().wire(), first.field(), null,
                refusal.violations().stream()
                        .map(violation -> new Problem.FieldError(violation.field(), violation.rule().wire(), violation.message()))
                        .toList());
    }

    @Override
    public Problem ruleViolated(RuleViolationException refusal) {
        return new Problem(Problem.TYPE_PREFIX + "rule-violated", "A rule refuses this change", refusal.rule().status(),
                refusal.getMessage(), RequestIds.of(ctx), refusal.rule().wire(), refusal.field(), null, null);
    }

    @Override
    public Problem limitExceeded(LimitExceededException refusal) {
        Rule rule = refusal.rule();
        boolean size = refusal.isSize();
        return new Problem(Problem.TYPE_PREFIX + (size ? "content-too-large" : "limit-exceeded"),
                size ? "The content would be too large" : "A limit refuses this change", rule.status(),
                refusal.getMessage(), RequestIds.of(ctx), rule.wire(), refusal.field(), null, null, null, null,
                refusal.limit());
    }

    @Override
    public Problem rateLimited(RateLimitedException refusal) {
        ctx.header("Retry-After", Long.toString(refusal.retryAfterSeconds()));
        return new Problem(Problem.TYPE_PREFIX + "rate-limited", "Too many requests", refusal.rule().status(),
                refusal.getMessage(), RequestIds.of(ctx), refusal.rule().wire(), null, null, null, refusal.bucket(),
                refusal.retryAfterSeconds(), null);
    }

    @Override
    public Problem unauthenticated(UnauthenticatedException refusal) {
        ctx.header("WWW-Authenticate", "Bearer");
        return ProblemMapper.problem(401, "unauthenticated", "Authentication required", refusal.getMessage(), ctx);
    }

    @Override
    public Problem forbidden(ForbiddenException refusal) {
        if (refusal.rule() == null) {
            return ProblemMapper.problem(403, "forbidden", "Not allowed", refusal.getMessage(), ctx);
        }
        return new Problem(Problem.TYPE_PREFIX + "forbidden", "Not allowed", 403, refusal.getMessage(), RequestIds.of(ctx),
                refusal.rule().wire(), null, null, null);
    }

    @Override
    public Problem notFound(NotFoundException refusal) {
        return ProblemMapper.problem(404, "not-found", "Not found", refusal.getMessage(), ctx);
    }

    @Override
    public Problem preconditionRequired(PreconditionRequiredException refusal) {
        return ProblemMapper.problem(428, "precondition-required", "A precondition header is required",
                refusal.getMessage(), ctx);
    }

    @Override
    public Problem preconditionFailed(PreconditionFailedException refusal) {
        String current = refusal.currentRevision() == null ? null : ETags.quote(refusal.currentRevision());
        return new Problem(Problem.TYPE_PREFIX + "precondition-failed", "The resource has changed", 412,
                refusal.getMessage(), RequestIds.of(ctx), null, null, current, null);
    }

    @Override
    public Problem unavailable(UnavailableException refusal) {
        ctx.header("Retry-After", Long.toString(Math.max(1, refusal.retryAfter().toSeconds())));
        return ProblemMapper.problem(503, "unavailable", "Service unavailable", refusal.getMessage(), ctx);
    }
}
