/** The Jdbi side of submission: the outbox and its attempts. */
package nl.triade.registry.store.submission;
