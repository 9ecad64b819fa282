/**
 * Authorisation: each author organisation formally approves or rejects exactly the frozen text.
 * A decision binds to the frozen revision's content hash, so no one can approve other content.
 */
package nl.triade.registry.domain.authorisation;
