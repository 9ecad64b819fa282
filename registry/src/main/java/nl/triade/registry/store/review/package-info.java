/** The Jdbi side of review: stored comments and their answers. */
package nl.triade.registry.store.review;
