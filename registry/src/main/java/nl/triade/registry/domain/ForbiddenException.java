package nl.triade.registry.domain;

/** The caller is known and may see the thing, but may not do this to it; where a catalogued rule says why, it names it. */
public final class ForbiddenException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final Rule rule;

    public ForbiddenException(String message) {
        super(message);
        this.rule = null;
    }

    public ForbiddenException(Rule rule, String message) {
        super(message);
        this.rule = rule.requireStatus(403);
    }

    /** The rule that refuses it, or null where only the role or membership does. */
    public Rule rule() {
        return rule;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.forbidden(this);
    }
}
