/**
 * The append-only, hash-chained audit log: every change in the registry appends one event in the
 * same transaction, and the chain can be verified end to end to prove nothing was altered. Its
 * subscribers (the plugins' event listeners) follow it from stored positions.
 */
package nl.triade.registry.domain.audit;
