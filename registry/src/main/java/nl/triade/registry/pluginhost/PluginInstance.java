package nl.triade.registry.pluginhost;

import java.util.List;
import java.util.Map;

/**
 * One configured instance of a plugin: the organisation it serves, or null for the installation's
 * own instance, its settings, and what is wrong with how they were written.
 */
record PluginInstance(String organisation, Map<String, String> settings, List<String> problems) {

    PluginInstance {
        settings = Map.copyOf(settings);
        problems = List.copyOf(problems);
    }

    /** How log lines and thread names tell instances apart: {@code insurer-review@zorgverzekeraar-a}. */
    String name(String pluginId) {
        return organisation == null ? pluginId : pluginId + "@" + organisation;
    }
}
