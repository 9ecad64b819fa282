package nl.triade.registry.pluginhost;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.validation.FindingSeverity;
import nl.triade.registry.domain.validation.ValidationFinding;
import nl.triade.registry.domain.validation.Validators;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.DocumentValidator;
import nl.triade.spi.Finding;

/**
 * The {@link Validators} port on top of the plugins: every configured {@link DocumentValidator},
 * called guarded. A validator that fails in any way yields one error finding under its own name,
 * so a broken validator blocks authorisation instead of silently passing the document.
 */
public final class PluginValidators implements Validators {
    static final String PLUGIN_FAILED = "plugin-failed";
    private final PluginHost host;
    private final Transactions transactions;

    public PluginValidators(PluginHost host, Transactions transactions) {
        this.host = host;
        this.transactions = transactions;
    }

    @Override
    public List<ValidationFinding> validate(Document document) {
        DocumentSnapshot snapshot = transactions.read(store -> Snapshots.of(document, kinds(store, document),
                store.documents().instrumentsOf(document.id())));
        List<ValidationFinding> findings = new ArrayList<>();
        for (BoundExtension<DocumentValidator> validator : host.extensions(DocumentValidator.class)) {
            GuardedCalls.Outcome<List<Finding>> outcome = host.call(validator,
                    () -> validator.extension().validate(snapshot, validator.context()));
            if (outcome.failed()) {
                findings.add(failure(validator.pluginId(), "the validator " + outcome.failure()));
                continue;
            }
            List<Finding> returned = outcome.value();
            for (Finding finding : returned.subList(0, Math.min(returned.size(), PluginOutput.MAX_ITEMS))) {
                findings.add(finding == null ? failure(validator.pluginId(), "the validator returned an empty finding")
                        : new ValidationFinding(validator.pluginId(), PluginOutput.clip(finding.rule(), PluginOutput.SHORT_TEXT),
                        FindingSeverity.valueOf(finding.severity().name()), PluginOutput.clip(finding.path(), PluginOutput.SHORT_TEXT),
                        PluginOutput.clip(finding.message(), PluginOutput.TEXT)));
            }
            if (returned.size() > PluginOutput.MAX_ITEMS) {
                findings.add(failure(validator.pluginId(), "the validator returned " + returned.size() + " findings; the first "
                        + PluginOutput.MAX_ITEMS + " are kept"));
            }
        }
        return findings;
    }

    private static ValidationFinding failure(String pluginId, String message) {
        return new ValidationFinding(pluginId, PLUGIN_FAILED, FindingSeverity.ERROR, null, message);
    }

    static Map<String, String> kinds(Store store, Document document) {
        Map<String, String> kinds = new HashMap<>();
        for (Participant participant : document.content().participants()) {
            store.organisations().find(participant.organisation())
                    .ifPresent(organisation -> kinds.put(organisation.slug(), WireNames.of(organisation.kind())));
        }
        return kinds;
    }
}
