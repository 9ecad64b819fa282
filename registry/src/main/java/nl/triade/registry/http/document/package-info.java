/**
 * HTTP resources for documents: the documents themselves, their parts, participants, transitions,
 * revisions and diffs, and the registered editions; request and response records and the controllers.
 */
package nl.triade.registry.http.document;
