package nl.triade.registry.domain;

/**
 * A change would take something past one of the registry's fixed limits. Carries the stable
 * {@code rule}, the {@code field} it concerns and the {@code limit} itself, so a client can say
 * exactly what to shorten. The rule's status tells a size limit ({@code 413}) from a count
 * limit ({@code 422}).
 */
public final class LimitExceededException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final Rule rule;
    private final String field;
    private final long limit;

    public LimitExceededException(Rule rule, String field, long limit, String message) {
        super(message);
        this.rule = rule.requireStatus(413, 422);
        this.field = field;
        this.limit = limit;
    }

    public Rule rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public long limit() {
        return limit;
    }

    /** A limit on bytes ({@code 413}) rather than on a number of items ({@code 422}). */
    public boolean isSize() {
        return rule.status() == 413;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.limitExceeded(this);
    }
}
