package nl.triade.registry.pluginhost;

import nl.triade.spi.PluginContext;

/**
 * A configured extension of one plugin instance, together with the context it is always called
 * with; {@code organisation} is the organisation the instance serves, or null for the installation's;
 * {@code point} the extension point it was bound for.
 */
record BoundExtension<T>(String pluginId, String organisation, Class<?> point, T extension, PluginContext context) {
}
