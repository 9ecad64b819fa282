package nl.triade.registry.domain;

/**
 * A business rule refuses the change: the request is well formed, but the state of the resource
 * (or of one it names) does not allow it. The {@code rule} is a stable id that clients may branch
 * on; the message says what would satisfy it.
 */
public final class RuleViolationException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final Rule rule;
    private final String field;

    public RuleViolationException(Rule rule, String message) {
        this(rule, null, message);
    }

    public RuleViolationException(Rule rule, String field, String message) {
        super(message);
        this.rule = rule.requireStatus(409);
        this.field = field;
    }

    public Rule rule() {
        return rule;
    }

    /** The request field the rule is about, or null when it concerns the whole resource. */
    public String field() {
        return field;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.ruleViolated(this);
    }
}
