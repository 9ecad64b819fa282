package nl.triade.registry.pluginhost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
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
 * version (so a plugin built for another SPI major version is refused), and binds each extension to
 * its settings and time limit once, at start: only extensions whose required settings are present
 * and accepted are handed out. Extensions are created once: PF4J makes new instances on every
 * lookup. Every call goes through the plugin's own {@link GuardedCalls}.
 */
public final class PluginHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);
    private static final List<Class<? extends Configurable>> POINTS = List.of(DocumentValidator.class, Reviewer.class,
            RegisterSubmitter.class, EventListener.class);

    private final PluginManager manager;
    private final Map<String, GuardedCalls> guards;
    private final Map<String, Configuration> configurations;
    private final Map<Class<?>, List<BoundExtension<?>>> bound;

    /** One started plugin's extensions, the required settings they miss and the problems they report with the rest. */
    private record Configuration(List<PluginInfo.ExtensionInfo> extensions, List<String> missing, List<String> problems) {
    }

    /** What binding found, filled once at start and read-only afterwards. */
    private record Bindings(Map<String, GuardedCalls> guards, Map<String, Configuration> configurations,
                            Map<Class<?>, List<BoundExtension<?>>> bound) {
    }

    private PluginHost(PluginManager manager, Bindings bindings) {
        this.manager = manager;
        this.guards = Map.copyOf(bindings.guards());
        this.configurations = Map.copyOf(bindings.configurations());
        Map<Class<?>, List<BoundExtension<?>>> extensions = new HashMap<>();
        bindings.bound().forEach((point, list) -> extensions.put(point, List.copyOf(list)));
        this.bound = Map.copyOf(extensions);
    }

    public static PluginHost start(Path pluginsDir, Map<String, String> environment, Clock clock, CallLimits limits) {
        DefaultPluginManager manager = new DefaultPluginManager(pluginsDir);
        manager.setSystemVersion(TriadeSpi.VERSION);
        if (Files.isDirectory(pluginsDir)) {
            manager.loadPlugins();
            manager.startPlugins();
        }
        PluginSettings settings = PluginSettings.load(pluginsDir, environment);
        Bindings bindings = new Bindings(new HashMap<>(), new HashMap<>(), new HashMap<>());
        POINTS.forEach(point -> bindings.bound().put(point, new ArrayList<>()));
        for (PluginWrapper plugin : manager.getStartedPlugins()) {
            bind(manager, bindings, plugin.getPluginId(), settings.forPlugin(plugin.getPluginId()), clock, limits);
        }
        PluginHost host = new PluginHost(manager, bindings);
        host.describe().forEach(plugin -> LOG.info("plugin {} {}: {}{}{}", plugin.id(), plugin.version(), plugin.state(),
                plugin.problem() == null ? "" : " (" + plugin.problem() + ")",
                plugin.configurationProblems().isEmpty() ? "" : ", not configured: " + plugin.configurationProblems()));
        return host;
    }

    private static void bind(PluginManager manager, Bindings bindings, String pluginId, Map<String, String> settings, Clock clock,
                             CallLimits limits) {
        GuardedCalls guard = new GuardedCalls(pluginId);
        bindings.guards().put(pluginId, guard);
        Configuration configuration = new Configuration(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        bindings.configurations().put(pluginId, configuration);
        for (Class<? extends Configurable> point : POINTS) {
            PluginContext context = new PluginContext(pluginId, clock, settings, limits.of(point));
            for (Configurable extension : manager.getExtensions(point, pluginId)) {
                configuration.extensions().add(new PluginInfo.ExtensionInfo(point.getSimpleName(), extension.getClass().getName()));
                List<String> missing = extension.requiredSettings().stream().filter(key -> !settings.containsKey(key)).sorted().toList();
                missing.stream().filter(key -> !configuration.missing().contains(key)).forEach(configuration.missing()::add);
                Optional<String> problem = missing.isEmpty() ? problem(guard, extension, context) : Optional.empty();
                problem.filter(text -> !configuration.problems().contains(text)).ifPresent(configuration.problems()::add);
                if (missing.isEmpty() && problem.isEmpty()) {
                    bindings.bound().get(point).add(new BoundExtension<>(pluginId, extension, context));
                }
            }
        }
    }

    /** What the extension says is wrong with its settings; a check that fails is itself the problem. */
    private static Optional<String> problem(GuardedCalls guard, Configurable extension, PluginContext context) {
        GuardedCalls.Outcome<Optional<String>> outcome = guard.call(context.timeLimit(),
                () -> extension.configurationProblem(context.settings()));
        if (outcome.failed()) {
            return Optional.of("the configuration check " + outcome.failure());
        }
        return outcome.value().map(text -> PluginOutput.clip(text, PluginOutput.TEXT));
    }

    /** The configured extensions of one extension point, from started plugins. */
    @SuppressWarnings("unchecked")
    <T extends Configurable> List<BoundExtension<T>> extensions(Class<T> point) {
        return (List<BoundExtension<T>>) (List<?>) bound.getOrDefault(point, List.of());
    }

    /** Calls one of the bound extensions, within its context's time limit, on its plugin's own threads. */
    <T> GuardedCalls.Outcome<T> call(BoundExtension<?> extension, Callable<T> work) {
        return guards.get(extension.pluginId()).call(extension.context().timeLimit(), work);
    }

    public List<PluginInfo> describe() {
        List<PluginInfo> plugins = new ArrayList<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            Configuration configuration = configurations.getOrDefault(plugin.getPluginId(),
                    new Configuration(List.of(), List.of(), List.of()));
            GuardedCalls guard = guards.get(plugin.getPluginId());
            GuardedCalls.Health health = guard == null ? new GuardedCalls.Health(0, 0) : guard.health();
            plugins.add(new PluginInfo(plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                    plugin.getDescriptor().getProvider(), plugin.getDescriptor().getRequires(),
                    plugin.getPluginState().toString().toLowerCase(Locale.ROOT), problem(plugin),
                    List.copyOf(configuration.extensions()),
                    configuration.missing().isEmpty() && configuration.problems().isEmpty(),
                    List.copyOf(configuration.missing()), List.copyOf(configuration.problems()),
                    health.degraded(), health.stuck(), health.timedOut()));
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
        guards.values().forEach(GuardedCalls::close);
        manager.stopPlugins();
    }
}
