/**
 * The editing pages: a section's edit form, the merge view a stale form leads to, a document's
 * revisions and the word-by-word difference between any two. Every save goes through the
 * {@code DocumentPartService} call of the API's section edit, bound to the version the form was
 * made on, so no one silently overwrites a co-author.
 */
package nl.triade.registry.web.editing;
