/**
 * The storage side of leases: table {@code leases}, one row per piece of background work, naming
 * the instance that holds it and until when.
 */
package nl.triade.registry.store.lease;
