/**
 * The Jdbi side of documents: the document rows, their participants, revisions, content parts,
 * the full-text index and the registered editions.
 */
package nl.triade.registry.store.document;
