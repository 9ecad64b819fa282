package nl.triade.registry.domain;

/**
 * Root of every refusal the registry gives on purpose. Sealed, and each subclass hands itself to
 * its own method of a {@link Visitor}: the one place that turns refusals into HTTP problems
 * implements the visitor, so a new kind of refusal does not compile until it has an answer.
 * Services throw meaning and never status codes.
 *
 * <p>A visitor rather than an enum of kinds switched over: both are about as long, but a kind
 * enum lets a new subclass reuse an existing kind and the mapping then casts, where the visitor's
 * parameter types make the compiler check that each class reaches the method written for it.
 */
public abstract sealed class RegistryException extends RuntimeException
        permits ForbiddenException, InvalidInputException, LimitExceededException, NotFoundException,
        PreconditionFailedException, PreconditionRequiredException, RateLimitedException, RuleViolationException,
        UnauthenticatedException, UnavailableException {
    private static final long serialVersionUID = 1L;

    protected RegistryException(String message) {
        super(message);
    }

    /** Calls the method of {@code visitor} made for this class. */
    public abstract <R> R accept(Visitor<R> visitor);

    /** One method per refusal; implementing it is answering every refusal there is. */
    public interface Visitor<R> {
        R invalidInput(InvalidInputException refusal);

        R ruleViolated(RuleViolationException refusal);

        R limitExceeded(LimitExceededException refusal);

        R rateLimited(RateLimitedException refusal);

        R unauthenticated(UnauthenticatedException refusal);

        R forbidden(ForbiddenException refusal);

        R notFound(NotFoundException refusal);

        R preconditionRequired(PreconditionRequiredException refusal);

        R preconditionFailed(PreconditionFailedException refusal);

        R unavailable(UnavailableException refusal);
    }
}
