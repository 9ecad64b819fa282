/**
 * The comments pages: a section of a document with its comment threads and their answers, and the
 * forms to comment, to reply and (for the authoring side) to answer with a disposition. They act
 * through the API's own {@code CommentService} with its write limits, so a page shows and allows
 * exactly what the API does for the same person.
 */
package nl.triade.registry.web.comments;
