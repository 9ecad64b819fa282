package nl.triade.registry.domain;

/**
 * A change would take something past one of the registry's fixed limits. Carries the stable
 * {@code rule} id, the {@code field} it concerns and the {@code limit} itself, so a client can say
 * exactly what to shorten. A {@link #isSize() size} limit is a 413, a count limit a 422.
 */
public final class LimitExceededException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final String rule;
    private final String field;
    private final long limit;
    private final boolean size;

    private LimitExceededException(String rule, String field, long limit, boolean size, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
        this.limit = limit;
        this.size = size;
    }

    /** Too many items of one kind. */
    public static LimitExceededException count(String rule, String field, long limit, String message) {
        return new LimitExceededException(rule, field, limit, false, message);
    }

    /** Too many bytes. */
    public static LimitExceededException size(String rule, String field, long limit, String message) {
        return new LimitExceededException(rule, field, limit, true, message);
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public long limit() {
        return limit;
    }

    public boolean isSize() {
        return size;
    }
}
