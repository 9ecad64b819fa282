package nl.triade.registry.domain.validation;

import nl.triade.registry.domain.CanonicalJson;

/**
 * One finding of one validator (a plugin id) on one revision. Stored in a validation report's
 * {@code findings} JSON under these names, so they never change.
 */
public record ValidationFinding(@CanonicalJson.Name("validator") String validator, @CanonicalJson.Name("rule") String rule,
                                @CanonicalJson.Name("severity") FindingSeverity severity, @CanonicalJson.Name("path") String path,
                                @CanonicalJson.Name("message") String message) {
}
