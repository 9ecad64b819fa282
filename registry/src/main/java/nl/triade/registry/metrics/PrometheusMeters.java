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
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one meter registry of a running registry, Prometheus's, with the JVM's and the process's
 * meters bound to it. Each instance has its own (two instances in one JVM, as the tests start them,
 * count apart); Prometheus tells instances apart by the target it scraped, so no meter carries an
 * instance label.
 */
public final class PrometheusMeters implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PrometheusMeters.class);
    private final PrometheusMeterRegistry registry;
    /** Listens to the JVM's collectors until closed, unlike the other binders, which only read when scraped. */
    private final CompletableFuture<JvmGcMetrics> collections;

    private PrometheusMeters(PrometheusMeterRegistry registry, CompletableFuture<JvmGcMetrics> collections) {
        this.registry = registry;
        this.collections = collections;
    }

    /**
     * The registry at once; the JVM's and the process's meters are bound on a thread of their own, since reaching the
     * JVM's management beans the first time takes a tenth of a second that the start need not wait for.
     */
    public static PrometheusMeters start() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        CompletableFuture<JvmGcMetrics> collections = CompletableFuture.supplyAsync(() -> {
            new ClassLoaderMetrics().bindTo(registry);
            new JvmMemoryMetrics().bindTo(registry);
            new JvmThreadMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            new UptimeMetrics().bindTo(registry);
            new FileDescriptorMetrics().bindTo(registry);
            JvmGcMetrics gc = new JvmGcMetrics();
            gc.bindTo(registry);
            return gc;
        }, PrometheusMeters::bindBeside).whenComplete((gc, failure) -> {
            if (failure != null) {
                LOG.warn("the JVM's and the process's meters are missing from /metrics", failure);
            }
        });
        return new PrometheusMeters(registry, collections);
    }

    private static void bindBeside(Runnable binding) {
        Thread thread = new Thread(binding, "triade-start-meters");
        thread.setDaemon(true);
        thread.start();
    }

    /** Where the parts of the registry record their meters. */
    public MeterRegistry registry() {
        return registry;
    }

    /** Every meter, in Prometheus's text exposition format 0.0.4. */
    public String scrape() {
        bound().join();
        return registry.scrape();
    }

    @Override
    public void close() {
        bound().thenAccept(gc -> {
            if (gc != null) {
                gc.close();
            }
        }).join();
        registry.close();
    }

    /** The JVM's meters once bound; their collector listener, or null when binding them failed (logged). */
    private CompletableFuture<JvmGcMetrics> bound() {
        return collections.handle((gc, failure) -> gc);
    }
}
