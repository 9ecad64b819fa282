package nl.triade.registry.http;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.InvalidInputException.Violation;
import nl.triade.registry.domain.Rule;

/**
 * Collects every field violation of one request before refusing it, so a user fixing a form sees
 * all problems at once instead of one per round trip.
 */
public final class InputCheck {
    private final List<Violation> violations = new ArrayList<>();

    public InputCheck required(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            violations.add(new Violation(field, Rule.REQUIRED, field + " is required"));
        }
        return this;
    }

    public InputCheck maxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            violations.add(new Violation(field, Rule.MAX_LENGTH, field + " must be at most " + max + " characters"));
        }
        return this;
    }

    public InputCheck pattern(String field, String value, Pattern pattern, String description) {
        if (value != null && !pattern.matcher(value).matches()) {
            violations.add(new Violation(field, Rule.PATTERN, field + " must be " + description));
        }
        return this;
    }

    public InputCheck min(String field, Integer value, int min) {
        if (value != null && value < min) {
            violations.add(new Violation(field, Rule.MINIMUM, field + " must be at least " + min));
        }
        return this;
    }

    public InputCheck max(String field, Integer value, int max) {
        if (value != null && value > max) {
            violations.add(new Violation(field, Rule.MAXIMUM, field + " must be at most " + max));
        }
        return this;
    }

    /** Adds a violation found by the caller's own logic. */
    public InputCheck violation(String field, Rule rule, String message) {
        violations.add(new Violation(field, rule, message));
        return this;
    }

    /** Throws the collected violations, if any. */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
