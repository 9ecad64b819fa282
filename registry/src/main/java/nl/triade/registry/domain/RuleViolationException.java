package nl.triade.registry.domain;

/**
 * A business rule refuses the change. The {@code rule} is a stable id that clients may branch on;
 * the message says what would satisfy it.
 */
public final class RuleViolationException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final String rule;
    private final String field;

    public RuleViolationException(String rule, String message) {
        this(rule, null, message);
    }

    public RuleViolationException(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    /** The request field the rule is about, or null when it concerns the whole resource. */
    public String field() {
        return field;
    }
}
