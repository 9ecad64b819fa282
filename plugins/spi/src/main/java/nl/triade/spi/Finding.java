package nl.triade.spi;

import java.util.Objects;

/**
 * One observation of a validator about a document.
 *
 * @param rule     a stable id of the rule, e.g. {@code tk-patient-version}
 * @param severity how much it weighs
 * @param path     where in the document, e.g. {@code sections.zorginhoud} or {@code indicators.hba1c.dataSource}; may be null
 * @param message  what is wrong and what would satisfy the rule, for a person
 */
public record Finding(String rule, Severity severity, String path, String message) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Finding error(String rule, String path, String message) {
        return new Finding(rule, Severity.ERROR, path, message);
    }

    public static Finding warning(String rule, String path, String message) {
        return new Finding(rule, Severity.WARNING, path, message);
    }

    public static Finding info(String rule, String path, String message) {
        return new Finding(rule, Severity.INFO, path, message);
    }
}
