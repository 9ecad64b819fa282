/**
 * Review: comments on documents and the authors' answers to them (the commentaarfase), from people
 * and from automated reviewers (plugins, behind the {@code Reviewers} port). Who may comment depends
 * on the document's state; every comment must be answered before authorisation.
 */
package nl.triade.registry.domain.review;
