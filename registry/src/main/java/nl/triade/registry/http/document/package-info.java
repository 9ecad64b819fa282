/** HTTP resources for documents, their parts and their revisions: request and response records and the controllers. */
package nl.triade.registry.http.document;
