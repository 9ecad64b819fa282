/**
 * Leases: which instance of the registry does a piece of background work while several share one
 * database. A lease names the work, its holder and when it ends; the holder renews it while it
 * works, and when it stops (or dies) the lease runs out and another instance takes the work over.
 */
package nl.triade.registry.domain.lease;
