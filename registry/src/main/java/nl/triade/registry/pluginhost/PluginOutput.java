package nl.triade.registry.pluginhost;

/**
 * Bounds on what a plugin may hand back, so a plugin cannot flood the database or a screen: texts
 * are clipped, long lists are cut (and the cut is reported as a failure of the plugin).
 */
final class PluginOutput {
    static final int SHORT_TEXT = 200;
    static final int TEXT = 4_000;
    static final int COMMENT_BODY = 20_000;
    static final int MAX_ITEMS = 500;

    private PluginOutput() {
    }

    static String clip(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
