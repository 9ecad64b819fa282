package nl.triade.registry.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The one meter registry of a running registry, Prometheus's, with the JVM's and the process's
 * meters bound to it. Each instance has its own (two instances in one JVM, as the tests start them,
 * count apart); Prometheus tells instances apart by the target it scraped, so no meter carries an
 * instance label.
 */
public final class PrometheusMeters implements AutoCloseable {
    private final PrometheusMeterRegistry registry;
    /** Listens to the JVM's collectors until closed, unlike the other binders, which only read when scraped. */
    private final JvmGcMetrics collections;

    private PrometheusMeters(PrometheusMeterRegistry registry, JvmGcMetrics collections) {
        this.registry = registry;
        this.collections = collections;
    }

    public static PrometheusMeters start() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        JvmGcMetrics collections = new JvmGcMetrics();
        collections.bindTo(registry);
        return new PrometheusMeters(registry, collections);
    }

    /** Where the parts of the registry record their meters. */
    public MeterRegistry registry() {
        return registry;
    }

    /** Every meter, in Prometheus's text exposition format 0.0.4. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        collections.close();
        registry.close();
    }
}
