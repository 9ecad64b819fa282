/**
 * The storage side of the audit log: appending and reading the hash-chained events, the stored
 * texts the chain vouches for, each event listener's position, and the checkpoint signing key in
 * files of its own, kept out of the database.
 */
package nl.triade.registry.store.audit;
