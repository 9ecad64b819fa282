/**
 * Review: comments on documents and the authors' answers to them (the commentaarfase). Who may
 * comment depends on the document's state; every comment must be answered before authorisation.
 */
package nl.triade.registry.domain.review;
