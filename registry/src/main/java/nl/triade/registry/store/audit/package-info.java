/** The Jdbi side of the audit log: appending and reading the hash-chained events. */
package nl.triade.registry.store.audit;
