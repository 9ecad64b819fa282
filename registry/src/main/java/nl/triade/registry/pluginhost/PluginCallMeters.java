package nl.triade.registry.pluginhost;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import nl.triade.registry.domain.WireNames;

/**
 * Times every call into a plugin: the timer {@code triade.plugin.calls}, tagged with the plugin, the
 * extension point and how the call ended ({@link GuardedCalls.Result}: {@code answered},
 * {@code refused}, {@code timed-out}, {@code failed}, {@code interrupted}). Plugin instances of one
 * plugin for several organisations count together, so the series stay few; {@code GET /plugins}
 * names the instance that misbehaves. The buckets reach past the longest time limit of a call.
 */
final class PluginCallMeters {
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60)};
    private final MeterRegistry registry;
    private final Meter.MeterProvider<Timer> calls;

    PluginCallMeters(MeterRegistry registry) {
        this.registry = registry;
        this.calls = Timer.builder("triade.plugin.calls")
                .description("Calls into plugins, by plugin, extension point and how they ended")
                .serviceLevelObjectives(BUCKETS)
                .withRegistry(registry);
    }

    Timer.Sample start() {
        return Timer.start(registry);
    }

    void stop(Timer.Sample sample, BoundExtension<?> extension, GuardedCalls.Result result) {
        sample.stop(calls.withTags("plugin", extension.pluginId(), "extension", extension.point().getSimpleName(),
                "outcome", WireNames.of(result)));
    }
}
