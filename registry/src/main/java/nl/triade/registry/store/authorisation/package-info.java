/** The Jdbi side of authorisation: stored decisions of every round. */
package nl.triade.registry.store.authorisation;
