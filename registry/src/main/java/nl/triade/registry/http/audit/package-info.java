/** HTTP resources for the audit log: its events, verifying the chain, signed checkpoints and the public signing key. */
package nl.triade.registry.http.audit;
