package nl.triade.registry.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import nl.triade.registry.domain.UnavailableException;
import nl.triade.registry.domain.submission.OutboxBacklog;
import nl.triade.registry.domain.submission.OutboxWatch;

/**
 * The gauges read from the database: the outbox to the Register (how many submissions wait for
 * delivery, how long the oldest has waited) and how many events each event listener plugin is behind
 * the head of the chain. They are read together once per scrape ({@link #refresh}), in two bounded
 * reads, never per gauge nor in the background. Several instances on one database report the same
 * values, read from the same rows: aggregate them with {@code max}, not {@code sum}. While the
 * database cannot serve within the request wait they read NaN (no value) and the scrape still
 * answers with every other meter, which is when the pools' meters matter most.
 */
public final class BacklogGauges {
    private final MeterRegistry registry;
    private final OutboxWatch outbox;
    private final Supplier<Map<String, Long>> listenerLag;
    private volatile Outbox current = new Outbox(Double.NaN, Double.NaN);
    private final Map<String, Double> lagByPlugin = new ConcurrentHashMap<>();

    /** The last reading of the outbox, NaN while it could not be read. */
    private record Outbox(double waiting, double oldestAgeSeconds) {
    }

    /** @param listenerLag events behind per event listener plugin, by plugin id (a plugin host's feed) */
    public BacklogGauges(MeterRegistry registry, OutboxWatch outbox, Supplier<Map<String, Long>> listenerLag) {
        this.registry = registry;
        this.outbox = outbox;
        this.listenerLag = listenerLag;
        Gauge.builder("triade.outbox.depth", this, gauges -> gauges.current.waiting())
                .description("Submissions waiting for delivery to the Register, counted up to " + OutboxWatch.CAP)
                .strongReference(true)
                .register(registry);
        Gauge.builder("triade.outbox.oldest.age", this, gauges -> gauges.current.oldestAgeSeconds())
                .description("How long the oldest submission waiting for delivery has waited; 0 when none waits")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
    }

    /** Reads the backlog once, for the scrape that follows. */
    public void refresh() {
        try {
            OutboxBacklog backlog = outbox.backlog();
            current = new Outbox(backlog.waiting(), backlog.oldestAge().toMillis() / 1000.0);
            listenerLag.get().forEach(this::lag);
        } catch (UnavailableException e) {
            current = new Outbox(Double.NaN, Double.NaN);
            lagByPlugin.replaceAll((plugin, behind) -> Double.NaN);
        }
    }

    /** The listeners are fixed at start; each gets its gauge the first time it is read. */
    private void lag(String plugin, long behind) {
        if (lagByPlugin.put(plugin, (double) behind) == null) {
            Gauge.builder("triade.event.listener.lag", this, gauges -> gauges.lagByPlugin.getOrDefault(plugin, Double.NaN))
                    .description("Events an event listener plugin is behind the head of the audit chain")
                    .tag("plugin", plugin)
                    .strongReference(true)
                    .register(registry);
        }
    }
}
