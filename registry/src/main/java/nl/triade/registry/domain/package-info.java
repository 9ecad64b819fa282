/**
 * The registry's domain: plain Java records, rules and services, one package per concept
 * ({@code actor}, {@code framework}, {@code account}, {@code document}, {@code workflow}, {@code review},
 * {@code validation}, {@code authorisation}, {@code submission}, {@code audit}, {@code limits}).
 * This root package holds what every concept shares: the sealed exception hierarchy and the
 * catalogue of the rules it names ({@link nl.triade.registry.domain.Rule}), canonical JSON for
 * hashing, ids, the wire names of enums, paging, the time source, retry back-off, slots for
 * expensive work, and the store and transaction ports. Nothing here knows HTTP, SQL, JSON
 * libraries or plugins.
 */
package nl.triade.registry.domain;
