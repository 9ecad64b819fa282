package nl.triade.registry.pluginhost;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import nl.triade.spi.Configurable;
import nl.triade.spi.DocumentValidator;
import nl.triade.spi.EventListener;
import nl.triade.spi.Notifier;
import nl.triade.spi.PluginContext;
import nl.triade.spi.RegisterSubmitter;
import nl.triade.spi.Reviewer;
import nl.triade.spi.TriadeSpi;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the plugins from the plugins folder with PF4J, with the SPI version as PF4J's system
 * version (so a plugin built for another SPI major version is refused), and binds each extension to
 * its settings and time limit once, at start: only extensions whose required settings are present
 * and accepted are handed out. A plugin runs as one instance per organisation it is configured for,
 * or as the installation's one instance ({@link PluginSettings}); validators and reviewers are bound
 * per instance, each with an extension object, a context and a guard of its own, so one
 * organisation's instance that hangs leaves the others' calls alone. Submitters and event listeners
 * serve the installation (a channel to the Register, the audit feed, a channel for notifications)
 * and are bound once, with the installation's settings. Extensions are created once: PF4J makes new
 * instances on every lookup.
 */
public final class PluginHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginHost.class);
    private static final List<Class<? extends Configurable>> PER_INSTANCE = List.of(DocumentValidator.class, Reviewer.class);
    private static final List<Class<? extends Configurable>> PER_INSTALLATION = List.of(RegisterSubmitter.class, EventListener.class,
            Notifier.class);

    private final PluginManager manager;
    private final List<Instance> instances;
    private final Map<Class<?>, List<BoundExtension<?>>> bound;
    private final PluginCallMeters meters;

    /**
     * One instance of a started plugin: the organisation it serves, its guard, its extensions, the
     * required settings they miss and the problems they and its settings report.
     */
    private record Instance(String pluginId, String organisation, GuardedCalls guard, List<PluginInfo.ExtensionInfo> extensions,
                            List<String> missing, List<String> problems) {
        boolean serves(BoundExtension<?> extension) {
            return pluginId.equals(extension.pluginId()) && Objects.equals(organisation, extension.organisation());
        }
    }

    private PluginHost(PluginManager manager, List<Instance> instances, Map<Class<?>, List<BoundExtension<?>>> bound,
                       PluginCallMeters meters) {
        this.manager = manager;
        this.meters = meters;
        this.instances = List.copyOf(instances);
        Map<Class<?>, List<BoundExtension<?>>> extensions = new HashMap<>();
        bound.forEach((point, list) -> extensions.put(point, List.copyOf(list)));
        this.bound = Map.copyOf(extensions);
    }

    /** With every call into a plugin timed into {@code meters} ({@link PluginCallMeters}). */
    public static PluginHost start(Path pluginsDir, Map<String, String> environment, Clock clock, CallLimits limits,
                                   MeterRegistry meters) {
        DefaultPluginManager manager = new DefaultPluginManager(pluginsDir) {
            /**
             * Plugins describe themselves in their manifest (plugins/README.md). PF4J's default first looks for a
             * {@code plugin.properties} in every jar, through a zip file system that indexes each entry of the jar:
             * a tenth of the plugins' start, for a file no Triade plugin has.
             */
            @Override
            protected PluginDescriptorFinder createPluginDescriptorFinder() {
                return new ManifestPluginDescriptorFinder();
            }
        };
        manager.setSystemVersion(TriadeSpi.VERSION);
        if (Files.isDirectory(pluginsDir)) {
            manager.loadPlugins();
            manager.startPlugins();
        }
        PluginSettings settings = PluginSettings.load(pluginsDir, environment);
        List<Instance> instances = new ArrayList<>();
        Map<Class<?>, List<BoundExtension<?>>> bound = new HashMap<>();
        PER_INSTANCE.forEach(point -> bound.put(point, new ArrayList<>()));
        PER_INSTALLATION.forEach(point -> bound.put(point, new ArrayList<>()));
        for (PluginWrapper plugin : manager.getStartedPlugins()) {
            String pluginId = plugin.getPluginId();
            List<Instance> own = new ArrayList<>();
            for (PluginInstance instance : settings.instancesOf(pluginId)) {
                own.add(bind(manager, bound, pluginId, instance, PER_INSTANCE, clock, limits));
            }
            PluginInstance installation = new PluginInstance(null, settings.forPlugin(pluginId), List.of());
            Optional<Instance> installationsOwn = own.stream().filter(instance -> instance.organisation() == null).findFirst();
            if (installationsOwn.isPresent()) {
                bindPoints(manager, bound, installationsOwn.get(), installation, PER_INSTALLATION, clock, limits);
            } else if (PER_INSTALLATION.stream().anyMatch(point -> !manager.getExtensionClasses(point, pluginId).isEmpty())) {
                own.add(bind(manager, bound, pluginId, installation, PER_INSTALLATION, clock, limits));
            }
            instances.addAll(own);
        }
        PluginHost host = new PluginHost(manager, instances, bound, new PluginCallMeters(meters));
        // at start, before anyone could create them, every organisation counts as existing
        host.describe(host.organisations()).forEach(plugin -> LOG.info("plugin {}{} {}: {}{}{}", plugin.id(),
                plugin.organisation() == null ? "" : "@" + plugin.organisation(), plugin.version(), plugin.state(),
                plugin.problem() == null ? "" : " (" + plugin.problem() + ")",
                plugin.missingSettings().isEmpty() && plugin.configurationProblems().isEmpty() ? ""
                        : ", not configured: " + plugin.missingSettings() + " " + plugin.configurationProblems()));
        return host;
    }

    /** A new instance of the plugin with the extensions of {@code points}. */
    private static Instance bind(PluginManager manager, Map<Class<?>, List<BoundExtension<?>>> bound, String pluginId,
                                 PluginInstance settings, List<Class<? extends Configurable>> points, Clock clock, CallLimits limits) {
        Instance instance = new Instance(pluginId, settings.organisation(), new GuardedCalls(settings.name(pluginId)),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(settings.problems()));
        bindPoints(manager, bound, instance, settings, points, clock, limits);
        return instance;
    }

    private static void bindPoints(PluginManager manager, Map<Class<?>, List<BoundExtension<?>>> bound, Instance instance,
                                   PluginInstance settings, List<Class<? extends Configurable>> points, Clock clock,
                                   CallLimits limits) {
        for (Class<? extends Configurable> point : points) {
            PluginContext context = new PluginContext(instance.pluginId(), clock, settings.settings(), limits.of(point));
            for (Configurable extension : manager.getExtensions(point, instance.pluginId())) {
                instance.extensions().add(new PluginInfo.ExtensionInfo(point.getSimpleName(), extension.getClass().getName()));
                List<String> missing = extension.requiredSettings().stream().filter(key -> !settings.settings().containsKey(key))
                        .sorted().toList();
                missing.stream().filter(key -> !instance.missing().contains(key)).forEach(instance.missing()::add);
                Optional<String> problem = missing.isEmpty() ? problem(instance.guard(), extension, context) : Optional.empty();
                problem.filter(text -> !instance.problems().contains(text)).ifPresent(instance.problems()::add);
                if (missing.isEmpty() && problem.isEmpty() && settings.problems().isEmpty()) {
                    bound.get(point).add(new BoundExtension<>(instance.pluginId(), instance.organisation(), point, extension, context));
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

    /** The configured extensions of one extension point, from started plugins, of every instance. */
    @SuppressWarnings("unchecked")
    <T extends Configurable> List<BoundExtension<T>> extensions(Class<T> point) {
        return (List<BoundExtension<T>>) (List<?>) bound.getOrDefault(point, List.of());
    }

    /** The organisations plugin instances are configured for. */
    public Set<String> organisations() {
        Set<String> organisations = new TreeSet<>();
        instances.stream().map(Instance::organisation).filter(Objects::nonNull).forEach(organisations::add);
        return organisations;
    }

    /** The organisations the configured extensions of {@code point} serve. */
    Set<String> organisations(Class<? extends Configurable> point) {
        Set<String> organisations = new TreeSet<>();
        bound.getOrDefault(point, List.of()).stream().map(BoundExtension::organisation).filter(Objects::nonNull)
                .forEach(organisations::add);
        return organisations;
    }

    /** Calls one of the bound extensions, within its context's time limit, on its instance's own threads; timed. */
    <T> GuardedCalls.Outcome<T> call(BoundExtension<?> extension, Callable<T> work) {
        Instance instance = instances.stream().filter(candidate -> candidate.serves(extension)).findFirst().orElseThrow();
        Timer.Sample sample = meters.start();
        GuardedCalls.Outcome<T> outcome = instance.guard().call(extension.context().timeLimit(), work);
        meters.stop(sample, extension, outcome.result());
        return outcome;
    }

    /**
     * Every instance of every plugin, and a plugin that did not start as one line; an instance for an
     * organisation outside {@code existing} is not configured, and says so.
     */
    public List<PluginInfo> describe(Set<String> existing) {
        List<PluginInfo> plugins = new ArrayList<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            List<Instance> own = instances.stream().filter(instance -> instance.pluginId().equals(plugin.getPluginId())).toList();
            if (own.isEmpty()) {
                plugins.add(info(plugin, new Instance(plugin.getPluginId(), null, null, List.of(), List.of(), List.of()), existing));
            }
            own.forEach(instance -> plugins.add(info(plugin, instance, existing)));
        }
        return plugins;
    }

    private PluginInfo info(PluginWrapper plugin, Instance instance, Set<String> existing) {
        GuardedCalls.Health health = instance.guard() == null ? new GuardedCalls.Health(0, 0) : instance.guard().health();
        List<String> problems = new ArrayList<>(instance.problems());
        if (instance.organisation() != null && !existing.contains(instance.organisation())) {
            problems.add("organisation " + instance.organisation() + " does not exist");
        }
        return new PluginInfo(plugin.getPluginId(), instance.organisation(), plugin.getDescriptor().getVersion(),
                plugin.getDescriptor().getProvider(), plugin.getDescriptor().getRequires(),
                plugin.getPluginState().toString().toLowerCase(Locale.ROOT), problem(plugin), List.copyOf(instance.extensions()),
                instance.missing().isEmpty() && problems.isEmpty(), List.copyOf(instance.missing()), List.copyOf(problems),
                health.degraded(), health.stuck(), health.timedOut());
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
        instances.forEach(instance -> instance.guard().close());
        manager.stopPlugins();
    }
}
