/** The Jdbi side of documents: the document rows, their participants, revisions and the full-text index. */
package nl.triade.registry.store.document;
