package nl.triade.registry.domain.validation;

import nl.triade.registry.domain.CanonicalJson;

/**
 * One finding of one validator instance (a plugin id, and the organisation the instance serves, or
 * null for the installation's own) on one revision. Stored in a validation report's
 * {@code findings} JSON under these names, so they never change; {@code organisation} and
 * {@code advice} came later and are written only when set, so a finding of the installation's
 * validator is stored as before and every older row reads as one.
 *
 * @param advice true for an error that does not bind the document: its instance's organisation is
 *               not one that binds it ({@link ValidatorReach}); never null (a wrapper only so that a
 *               stored row without it reads)
 */
public record ValidationFinding(@CanonicalJson.Name("validator") String validator, @CanonicalJson.Name("rule") String rule,
                                @CanonicalJson.Name("severity") FindingSeverity severity, @CanonicalJson.Name("path") String path,
                                @CanonicalJson.Name("message") String message,
                                @CanonicalJson.Name("organisation") @CanonicalJson.OmitWhenUnset String organisation,
                                @CanonicalJson.Name("advice") @CanonicalJson.OmitWhenUnset Boolean advice) {

    /** A row stored without {@code advice} reads as a finding that is not advice. */
    public ValidationFinding {
        advice = advice != null && advice;
    }

    /** A finding of the installation's own validator instance, as every finding was before instances per organisation. */
    public ValidationFinding(String validator, String rule, FindingSeverity severity, String path, String message) {
        this(validator, rule, severity, path, message, null, false);
    }

    /** Whether this finding keeps the document from authorisation: an error that binds it. */
    public boolean blocking() {
        return severity == FindingSeverity.ERROR && !advice;
    }

    /** This finding as advice: shown, never blocking. */
    ValidationFinding asAdvice() {
        return new ValidationFinding(validator, rule, severity, path, message, organisation, true);
    }
}
