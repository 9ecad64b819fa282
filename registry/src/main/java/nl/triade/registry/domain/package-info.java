/**
 * The registry's domain: plain Java records, rules and services, split by concept into
 * {@code account}, {@code document} and {@code audit}. This root package holds what every concept
 * shares: the exception hierarchy, canonical JSON for hashing, and the transaction port.
 * Nothing here knows HTTP, SQL, JSON libraries or plugins.
 */
package nl.triade.registry.domain;
