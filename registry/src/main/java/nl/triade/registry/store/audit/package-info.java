/**
 * The storage side of the audit log: appending and reading the hash-chained events in the
 * database, and the checkpoint signing key in files of its own, kept out of the database.
 */
package nl.triade.registry.store.audit;
