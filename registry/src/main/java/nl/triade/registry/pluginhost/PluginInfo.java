package nl.triade.registry.pluginhost;

import java.util.List;

/**
 * What {@code GET /plugins} shows of one plugin instance: the plugin's descriptor, its PF4J state,
 * why it is not running when it is not, the organisation the instance serves (null: the
 * installation's own), its extensions, why it is not configured when it is not (missing required
 * settings, never values, settings its extensions refuse, an organisation that does not exist),
 * and how its calls fare: {@code degraded} while calls past their time limit are still running.
 */
public record PluginInfo(String id, String organisation, String version, String provider, String requires, String state,
                         String problem, List<ExtensionInfo> extensions, boolean configured, List<String> missingSettings,
                         List<String> configurationProblems, boolean degraded, int stuckCalls, long timedOutCalls) {

    /** One extension: its extension point (e.g. {@code DocumentValidator}) and class. */
    public record ExtensionInfo(String point, String type) {
    }
}
