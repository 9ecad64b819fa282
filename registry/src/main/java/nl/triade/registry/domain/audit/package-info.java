/**
 * The append-only, hash-chained audit log: every change in the registry appends one event in the
 * same transaction, and the chain can be verified end to end, also against signed checkpoints, to
 * prove nothing was altered, truncated or rewritten. Stored texts (comment bodies, answers,
 * motivations, revision notes) are checked against what their events recorded; texts stored by an
 * earlier release are attested once. Its subscribers (the plugins' event listeners) follow it from
 * stored positions.
 */
package nl.triade.registry.domain.audit;
