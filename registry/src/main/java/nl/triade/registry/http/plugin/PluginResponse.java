package nl.triade.registry.http.plugin;

import java.util.List;

/**
 * Schema {@code Plugin}: what {@code GET /plugins} shows of one plugin instance: {@code organisation}
 * is the organisation it serves, null for the installation's own. The composition root fills
 * it from the plugin host, so the wire never depends on how the host describes itself.
 */
public record PluginResponse(String id, String organisation, String version, String provider, String requires, String state, String problem,
                             List<ExtensionResponse> extensions, boolean configured, List<String> missingSettings,
                             List<String> configurationProblems, boolean degraded, int stuckCalls, long timedOutCalls) {

    /** One extension: its extension point (e.g. {@code DocumentValidator}) and class. */
    public record ExtensionResponse(String point, String type) {
    }
}
