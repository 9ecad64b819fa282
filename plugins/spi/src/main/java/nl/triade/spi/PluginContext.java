package nl.triade.spi;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What the host hands every call: the plugin's id, a clock to use instead of the system time, the
 * plugin's own configuration — the keys from {@code TRIADE_PLUGIN_<ID>_<KEY>} environment
 * variables and {@code plugins.properties} in the plugins folder (environment wins), with keys in
 * lower case and {@code _} written as {@code -} — and the time limit of the call. A plugin
 * configured per organisation gets, in each instance, that organisation's settings over the
 * installation's, and {@code organisation} set to that organisation.
 *
 * @param pluginId  the plugin's id
 * @param clock     the host's clock
 * @param settings  this plugin instance's settings only
 * @param timeLimit how long the host waits for this call before it interrupts it and records it as
 *                  failed; a plugin that waits on remote systems sets its own timeouts inside it, so
 *                  a slow answer is still received (since SPI 1.2.0)
 */
public record PluginContext(String pluginId, Clock clock, Map<String, String> settings, Duration timeLimit) {
    /** The time limit of a context made without one: the host's default for a plugin call. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(5);

    public PluginContext {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive, was " + timeLimit);
        }
        settings = Map.copyOf(settings);
    }

    /** A context with the {@link #DEFAULT_TIME_LIMIT}, as plugin tests make them. */
    public PluginContext(String pluginId, Clock clock, Map<String, String> settings) {
        this(pluginId, clock, settings, DEFAULT_TIME_LIMIT);
    }

    /** A setting's value, or null when it is not set. */
    public String setting(String key) {
        return settings.get(key);
    }
}
