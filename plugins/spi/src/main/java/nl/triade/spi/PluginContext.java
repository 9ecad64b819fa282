package nl.triade.spi;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * What the host hands every call: the plugin's id, a clock to use instead of the system time, and
 * the plugin's own configuration — the keys from {@code TRIADE_PLUGIN_<ID>_<KEY>} environment
 * variables and {@code plugins.properties} in the plugins folder (environment wins), with keys in
 * lower case and {@code _} written as {@code -}.
 *
 * @param pluginId the plugin's id
 * @param clock    the host's clock
 * @param settings this plugin's settings only
 */
public record PluginContext(String pluginId, Clock clock, Map<String, String> settings) {

    public PluginContext {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(clock, "clock");
        settings = Map.copyOf(settings);
    }

    /** A setting's value, or null when it is not set. */
    public String setting(String key) {
        return settings.get(key);
    }
}
