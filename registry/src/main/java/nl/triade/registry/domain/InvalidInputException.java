package nl.triade.registry.domain;

import java.util.List;

/** The request itself is malformed: each violation names the field and the rule it breaks. */
public final class InvalidInputException extends RegistryException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, Rule rule, String message) {
        this(List.of(new Violation(field, rule, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one violation");
        }
        Violation first = violations.get(0);
        String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
        return first.field() + ": " + first.message() + more;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.invalidInput(this);
    }

    /** One broken rule on one field; {@code field} is a JSON-pointer-like dotted path. */
    public record Violation(String field, Rule rule, String message) {
        public Violation {
            rule.requireStatus(400);
        }
    }
}
