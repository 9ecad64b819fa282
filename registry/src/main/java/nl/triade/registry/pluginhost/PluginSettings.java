package nl.triade.registry.pluginhost;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Each plugin's settings: {@code <id>.<key>} lines of {@code plugins.properties} in the plugins
 * folder, overridden by environment variables {@code TRIADE_PLUGIN_<ID>_<KEY>} (upper case,
 * {@code -} as {@code _}). Keys are handed to plugins in lower case with {@code -}.
 */
final class PluginSettings {
    static final String FILE = "plugins.properties";
    private final Properties file;
    private final Map<String, String> environment;

    private PluginSettings(Properties file, Map<String, String> environment) {
        this.file = file;
        this.environment = environment;
    }

    static PluginSettings load(Path pluginsDir, Map<String, String> environment) {
        Properties properties = new Properties();
        Path path = pluginsDir.resolve(FILE);
        if (Files.isRegularFile(path)) {
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        return new PluginSettings(properties, Map.copyOf(environment));
    }

    Map<String, String> forPlugin(String pluginId) {
        Map<String, String> settings = new HashMap<>();
        String filePrefix = pluginId + ".";
        for (String name : file.stringPropertyNames()) {
            if (name.startsWith(filePrefix)) {
                settings.put(name.substring(filePrefix.length()), file.getProperty(name).trim());
            }
        }
        String environmentPrefix = "TRIADE_PLUGIN_" + pluginId.toUpperCase(Locale.ROOT).replace('-', '_') + "_";
        environment.forEach((name, value) -> {
            if (name.startsWith(environmentPrefix) && name.length() > environmentPrefix.length()) {
                settings.put(name.substring(environmentPrefix.length()).toLowerCase(Locale.ROOT).replace('_', '-'), value);
            }
        });
        return settings;
    }
}
