package nl.triade.registry.domain.validation;

/** One finding of one validator (a plugin id) on one revision. */
public record ValidationFinding(String validator, String rule, FindingSeverity severity, String path, String message) {
}
