package nl.triade.registry.pluginhost;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Each plugin's settings, from {@code plugins.properties} in the plugins folder, overridden by
 * environment variables (upper case, {@code -} as {@code _}). Keys are handed to plugins in lower
 * case with {@code -}.
 * <ul>
 * <li>{@code <id>.<key>} / {@code TRIADE_PLUGIN_<ID>_<KEY>}: the installation's settings of the plugin;</li>
 * <li>{@code <id>.organisations} / {@code TRIADE_PLUGIN_<ID>_ORGANISATIONS}: comma-separated, the
 * organisations with an instance of their own;</li>
 * <li>{@code <id>@<organisation>.<key>} / {@code TRIADE_PLUGIN_<ID>_AT_<ORGANISATION>__<KEY>} (two
 * underscores end the organisation, whose slug may hold {@code -}): one instance's own setting; it
 * also gives that organisation an instance.</li>
 * </ul>
 * A plugin with instances per organisation has no installation-wide instance: its installation
 * settings are the defaults of every instance, whose {@code organisation} setting is always its own
 * organisation. Without any, the installation's settings make its one instance, as before.
 */
final class PluginSettings {
    static final String FILE = "plugins.properties";
    static final String ORGANISATIONS = "organisations";
    static final String ORGANISATION = "organisation";
    private static final String SCOPED = "AT_";
    private static final String END_OF_ORGANISATION = "__";
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

    /** The installation's settings of the plugin: what its submitters and event listeners get, and every instance's defaults. */
    Map<String, String> forPlugin(String pluginId) {
        return scopes(pluginId).getOrDefault(null, Map.of());
    }

    /** The plugin's instances: one per organisation named, or else the installation's own. */
    List<PluginInstance> instancesOf(String pluginId) {
        Map<String, Map<String, String>> scopes = scopes(pluginId);
        Map<String, String> installation = scopes.getOrDefault(null, Map.of());
        TreeSet<String> organisations = new TreeSet<>();
        scopes.keySet().stream().filter(organisation -> organisation != null).forEach(organisations::add);
        Arrays.stream(installation.getOrDefault(ORGANISATIONS, "").split(",")).map(String::trim)
                .filter(organisation -> !organisation.isEmpty()).forEach(organisations::add);
        if (organisations.isEmpty()) {
            return List.of(new PluginInstance(null, installation, List.of()));
        }
        List<PluginInstance> instances = new ArrayList<>();
        for (String organisation : organisations) {
            Map<String, String> own = scopes.getOrDefault(organisation, Map.of());
            Map<String, String> settings = new HashMap<>(installation);
            settings.remove(ORGANISATIONS);
            settings.putAll(own);
            List<String> problems = new ArrayList<>();
            if (own.containsKey(ORGANISATION) && !own.get(ORGANISATION).equals(organisation)) {
                problems.add("setting organisation of the instance for " + organisation + " names another organisation; "
                        + "an instance acts only for its own");
            }
            settings.put(ORGANISATION, organisation);
            instances.add(new PluginInstance(organisation, settings, problems));
        }
        return instances;
    }

    /** Every setting of the plugin by the organisation it is for (null: the installation), the environment over the file. */
    private Map<String, Map<String, String>> scopes(String pluginId) {
        Map<String, Map<String, String>> scopes = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (String name : file.stringPropertyNames()) {
            String value = file.getProperty(name).trim();
            if (name.startsWith(pluginId + ".")) {
                put(scopes, null, name.substring(pluginId.length() + 1), value);
            } else if (name.startsWith(pluginId + "@") && name.indexOf('.', pluginId.length() + 1) > pluginId.length() + 1) {
                int dot = name.indexOf('.', pluginId.length() + 1);
                put(scopes, name.substring(pluginId.length() + 1, dot), name.substring(dot + 1), value);
            }
        }
        String prefix = "TRIADE_PLUGIN_" + pluginId.toUpperCase(Locale.ROOT).replace('-', '_') + "_";
        environment.forEach((name, value) -> {
            if (!name.startsWith(prefix) || name.length() == prefix.length()) {
                return;
            }
            String rest = name.substring(prefix.length());
            int end = rest.indexOf(END_OF_ORGANISATION, SCOPED.length());
            if (rest.startsWith(SCOPED) && end > SCOPED.length() && end + END_OF_ORGANISATION.length() < rest.length()) {
                put(scopes, spelled(rest.substring(SCOPED.length(), end)), spelled(rest.substring(end + END_OF_ORGANISATION.length())),
                        value);
            } else {
                put(scopes, null, spelled(rest), value);
            }
        });
        return scopes;
    }

    private static void put(Map<String, Map<String, String>> scopes, String organisation, String key, String value) {
        scopes.computeIfAbsent(organisation, scope -> new HashMap<>()).put(key, value);
    }

    /** An environment variable's part as a key or slug: lower case, {@code _} as {@code -}. */
    private static String spelled(String part) {
        return part.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
