package nl.triade.registry.pluginhost;

import java.util.List;

/**
 * What {@code GET /plugins} shows of one plugin: its descriptor, its PF4J state, why it is not
 * running when it is not, its extensions, and which required settings are missing (never values).
 */
public record PluginInfo(String id, String version, String provider, String requires, String state, String problem,
                         List<ExtensionInfo> extensions, boolean configured, List<String> missingSettings) {

    /** One extension: its extension point (e.g. {@code DocumentValidator}) and class. */
    public record ExtensionInfo(String point, String type) {
    }
}
