/**
 * Persistence with Jdbi: the database set-up (writer and reader pools, migrations), the
 * transaction adapter with its group commit (concurrent writes share one transaction and one
 * commit), how timestamps and JSON columns are stored, and one sub-package of
 * repositories per domain concept. SQL lives only here; the engine-specific parts are kept in as
 * few classes as possible.
 */
package nl.triade.registry.store;
