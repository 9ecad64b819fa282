package nl.triade.registry.pluginhost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.triade.spi.Configurable;
import nl.triade.spi.DocumentValidator;
import nl.triade.spi.EventListener;
import nl.triade.spi.PluginContext;
import nl.triade.spi.RegisterSubmitter;
import nl.triade.spi.Reviewer;
import nl.triade.spi.TriadeSpi;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the plugins from the plugins folder with PF4J, with the SPI version as PF4J's system
 * version (so a plugin built for another SPI major version is refused), binds each extension to
 * its settings, and hands out only extensions whose required settings are present. Extensions are
 * created once and cached: PF4J makes new instances on every lookup.
 */
public final class PluginHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);
    private static final List<Class<? extends Configurable>> POINTS = List.of(DocumentValidator.class, Reviewer.class,
            RegisterSubmitter.class, EventListener.class);

    private final PluginManager manager;
    private final PluginSettings settings;
    private final Clock clock;
    private final GuardedCalls guard;
    private final Map<Class<?>, List<?>> cache = new ConcurrentHashMap<>();

    private PluginHost(PluginManager manager, PluginSettings settings, Clock clock, Duration limit) {
        this.manager = manager;
        this.settings = settings;
        this.clock = clock;
        this.guard = new GuardedCalls(limit);
    }

    public static PluginHost start(Path pluginsDir, Map<String, String> environment, Clock clock, Duration limit) {
        DefaultPluginManager manager = new DefaultPluginManager(pluginsDir);
        manager.setSystemVersion(TriadeSpi.VERSION);
        if (Files.isDirectory(pluginsDir)) {
            manager.loadPlugins();
            manager.startPlugins();
        }
        PluginHost host = new PluginHost(manager, PluginSettings.load(pluginsDir, environment), clock, limit);
        host.describe().forEach(plugin -> LOG.info("plugin {} {}: {}{}", plugin.id(), plugin.version(), plugin.state(),
                plugin.problem() == null ? "" : " (" + plugin.problem() + ")"));
        return host;
    }

    GuardedCalls guard() {
        return guard;
    }

    /** The configured extensions of one extension point, from started plugins. */
    @SuppressWarnings("unchecked")
    <T extends Configurable> List<BoundExtension<T>> extensions(Class<T> point) {
        return (List<BoundExtension<T>>) cache.computeIfAbsent(point, key -> bind(point));
    }

    private <T extends Configurable> List<BoundExtension<T>> bind(Class<T> point) {
        List<BoundExtension<T>> bound = new ArrayList<>();
        for (PluginWrapper plugin : manager.getStartedPlugins()) {
            Map<String, String> pluginSettings = settings.forPlugin(plugin.getPluginId());
            for (T extension : manager.getExtensions(point, plugin.getPluginId())) {
                if (pluginSettings.keySet().containsAll(extension.requiredSettings())) {
                    bound.add(new BoundExtension<>(plugin.getPluginId(), extension,
                            new PluginContext(plugin.getPluginId(), clock, pluginSettings)));
                }
            }
        }
        return List.copyOf(bound);
    }

    public List<PluginInfo> describe() {
        List<PluginInfo> plugins = new ArrayList<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            Set<String> present = settings.forPlugin(plugin.getPluginId()).keySet();
            List<PluginInfo.ExtensionInfo> extensions = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            if (plugin.getPluginState() == PluginState.STARTED) {
                for (Class<? extends Configurable> point : POINTS) {
                    for (Configurable extension : manager.getExtensions(point, plugin.getPluginId())) {
                        extensions.add(new PluginInfo.ExtensionInfo(point.getSimpleName(), extension.getClass().getName()));
                        extension.requiredSettings().stream().filter(key -> !present.contains(key))
                                .filter(key -> !missing.contains(key)).forEach(missing::add);
                    }
                }
            }
            plugins.add(new PluginInfo(plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                    plugin.getDescriptor().getProvider(), plugin.getDescriptor().getRequires(),
                    plugin.getPluginState().toString().toLowerCase(java.util.Locale.ROOT), problem(plugin),
                    extensions, missing.isEmpty(), missing));
        }
        return plugins;
    }

    private String problem(PluginWrapper plugin) {
        if (plugin.getFailedException() != null) {
            return plugin.getFailedException().getMessage();
        }
        if (plugin.getPluginState() == PluginState.DISABLED) {
            return "requires Triade SPI " + plugin.getDescriptor().getRequires() + "; this registry offers " + TriadeSpi.VERSION;
        }
        return null;
    }

    @Override
    public void close() {
        guard.close();
        manager.stopPlugins();
    }
}
