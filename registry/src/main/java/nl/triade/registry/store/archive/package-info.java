/**
 * Moving house: the whole database written to one canonical archive and loaded into an empty one,
 * table by table as the schema stands, with nothing engine-specific in the archive. The load is one
 * transaction that verifies the hash chain and every content hash before it commits.
 */
package nl.triade.registry.store.archive;
