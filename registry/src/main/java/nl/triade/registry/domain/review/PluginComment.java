package nl.triade.registry.domain.review;

/** A comment an automated reviewer (plugin) wants posted for the organisation it is configured to act for. */
public record PluginComment(String pluginId, String organisation, String body, String sectionKey) {
}
