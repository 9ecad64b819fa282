package nl.triade.registry.app;

import java.util.List;
import java.util.Set;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.account.OrganisationDirectory;
import nl.triade.registry.http.plugin.PluginResponse;
import nl.triade.registry.pluginhost.PluginHost;
import nl.triade.registry.pluginhost.PluginInfo;

/** {@code GET /plugins} as the API spells it, from what the plugin host reports; the host's own records never reach the wire. */
final class PluginListing {
    private PluginListing() {
    }

    /** Every plugin instance; one for an organisation that does not exist (now) is listed as not configured. */
    static List<PluginResponse> of(PluginHost plugins, Transactions transactions) {
        Set<String> existing = transactions.read(store -> Set.copyOf(OrganisationDirectory.kindsOf(store, plugins.organisations()).keySet()));
        return plugins.describe(existing).stream().map(PluginListing::of).toList();
    }

    private static PluginResponse of(PluginInfo plugin) {
        return new PluginResponse(plugin.id(), plugin.organisation(), plugin.version(), plugin.provider(), plugin.requires(), plugin.state(),
                plugin.problem(), plugin.extensions().stream()
                        .map(extension -> new PluginResponse.ExtensionResponse(extension.point(), extension.type())).toList(),
                plugin.configured(), plugin.missingSettings(), plugin.configurationProblems(), plugin.degraded(),
                plugin.stuckCalls(), plugin.timedOutCalls());
    }
}
