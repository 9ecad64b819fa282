package nl.triade.registry.web;

import java.util.List;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.LimitExceededException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.PreconditionFailedException;
import nl.triade.registry.domain.PreconditionRequiredException;
import nl.triade.registry.domain.RateLimitedException;
import nl.triade.registry.domain.RegistryException;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.UnauthenticatedException;
import nl.triade.registry.domain.UnavailableException;

/**
 * The error page answering each kind of refusal, as {@code http/RefusalProblems} answers it for
 * programs: the same statuses, with texts for people. A new kind of refusal does not compile until
 * it has a page here too.
 */
final class RefusalPages implements RegistryException.Visitor<ErrorView> {
    private final String requestId;

    RefusalPages(String requestId) {
        this.requestId = requestId;
    }

    @Override
    public ErrorView invalidInput(InvalidInputException refusal) {
        List<ErrorView.FieldError> fields = refusal.violations().stream()
                .map(violation -> new ErrorView.FieldError(violation.field(), violation.rule().wire()))
                .toList();
        return new ErrorView(refusal.violations().get(0).rule().status(), "invalid", fields, requestId);
    }

    @Override
    public ErrorView ruleViolated(RuleViolationException refusal) {
        return page(refusal.rule().status(), "conflict");
    }

    @Override
    public ErrorView limitExceeded(LimitExceededException refusal) {
        return page(refusal.rule().status(), "too-large");
    }

    @Override
    public ErrorView rateLimited(RateLimitedException refusal) {
        return page(refusal.rule().status(), "rate-limited");
    }

    @Override
    public ErrorView unauthenticated(UnauthenticatedException refusal) {
        return page(401, "unauthenticated");
    }

    @Override
    public ErrorView forbidden(ForbiddenException refusal) {
        return page(403, "forbidden");
    }

    @Override
    public ErrorView notFound(NotFoundException refusal) {
        return page(404, "not-found");
    }

    @Override
    public ErrorView preconditionRequired(PreconditionRequiredException refusal) {
        return page(428, "stale");
    }

    @Override
    public ErrorView preconditionFailed(PreconditionFailedException refusal) {
        return page(412, "stale");
    }

    @Override
    public ErrorView unavailable(UnavailableException refusal) {
        return page(503, "unavailable");
    }

    private ErrorView page(int status, String kind) {
        return new ErrorView(status, kind, List.of(), requestId);
    }
}
