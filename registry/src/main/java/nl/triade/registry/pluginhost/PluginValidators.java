package nl.triade.registry.pluginhost;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.triade.registry.domain.document.DocumentView;
import nl.triade.registry.domain.validation.FindingSeverity;
import nl.triade.registry.domain.validation.ValidationFinding;
import nl.triade.registry.domain.validation.Validators;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.DocumentValidator;
import nl.triade.spi.Finding;
import nl.triade.spi.Severity;

/**
 * The {@link Validators} port on top of the plugins: every configured {@link DocumentValidator}
 * instance, called guarded, its findings naming the organisation the instance serves. A validator
 * that fails in any way yields one error finding under its own name,
 * so a broken validator blocks authorisation instead of silently passing the document. Its answer
 * is read inside the guarded call too: a list that breaks when read is the plugin's failure.
 */
public final class PluginValidators implements Validators {
    static final String PLUGIN_FAILED = "plugin-failed";
    private final PluginHost host;

    public PluginValidators(PluginHost host) {
        this.host = host;
    }

    @Override
    public Set<String> organisations() {
        return host.organisations(DocumentValidator.class);
    }

    @Override
    public List<ValidationFinding> validate(DocumentView document, Set<String> existing) {
        DocumentSnapshot snapshot = Snapshots.of(document);
        List<ValidationFinding> findings = new ArrayList<>();
        for (BoundExtension<DocumentValidator> validator : host.extensions(DocumentValidator.class)) {
            if (validator.organisation() != null && !existing.contains(validator.organisation())) {
                continue;
            }
            GuardedCalls.Outcome<List<ValidationFinding>> outcome = host.call(validator,
                    () -> findings(validator, validator.extension().validate(snapshot, validator.context())));
            findings.addAll(outcome.failed() ? List.of(failure(validator, "the validator " + outcome.failure())) : outcome.value());
        }
        return findings;
    }

    /** The validator's answer as findings, cut and clipped; null (against the contract) stays null, for the guard to report. */
    private static List<ValidationFinding> findings(BoundExtension<DocumentValidator> validator, List<Finding> returned) {
        if (returned == null) {
            return null;
        }
        List<ValidationFinding> findings = new ArrayList<>();
        for (Finding finding : returned.subList(0, Math.min(returned.size(), PluginOutput.MAX_ITEMS))) {
            findings.add(finding == null ? failure(validator, "the validator returned an empty finding")
                    : new ValidationFinding(validator.pluginId(), PluginOutput.clip(finding.rule(), PluginOutput.SHORT_TEXT),
                    severity(finding.severity()), PluginOutput.clip(finding.path(), PluginOutput.SHORT_TEXT),
                    PluginOutput.clip(finding.message(), PluginOutput.TEXT), validator.organisation(), false));
        }
        if (returned.size() > PluginOutput.MAX_ITEMS) {
            findings.add(failure(validator, "the validator returned " + returned.size() + " findings; the first "
                    + PluginOutput.MAX_ITEMS + " are kept"));
        }
        return findings;
    }

    /** Exhaustive, so a severity added to the SPI does not compile until it has its meaning here. */
    private static FindingSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> FindingSeverity.ERROR;
            case WARNING -> FindingSeverity.WARNING;
            case INFO -> FindingSeverity.INFO;
        };
    }

    private static ValidationFinding failure(BoundExtension<DocumentValidator> validator, String message) {
        return new ValidationFinding(validator.pluginId(), PLUGIN_FAILED, FindingSeverity.ERROR, null, message,
                validator.organisation(), false);
    }
}
