/**
 * The registry's meters: one Micrometer registry per instance, in Prometheus's text format for
 * {@code GET /metrics}, with the JVM's and the process's own meters and the gauges read from the
 * database at each scrape (the outbox to the Register, the event listeners' lag). The parts that
 * measure themselves (HTTP, the pools, the plugin host, the store) are handed its registry by the
 * composition root.
 */
package nl.triade.registry.metrics;
