package nl.triade.registry.pluginhost;

import nl.triade.spi.PluginContext;

/**
 * A configured extension of one plugin instance, together with the context it is always called
 * with; {@code organisation} is the organisation the instance serves, or null for the installation's.
 */
record BoundExtension<T>(String pluginId, String organisation, T extension, PluginContext context) {
}
