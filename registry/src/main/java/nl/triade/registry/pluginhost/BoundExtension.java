package nl.triade.registry.pluginhost;

import nl.triade.spi.PluginContext;

/** A configured extension together with the context it is always called with. */
record BoundExtension<T>(String pluginId, T extension, PluginContext context) {
}
