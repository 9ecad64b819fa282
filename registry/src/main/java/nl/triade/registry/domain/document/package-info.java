/**
 * Documents: quality standards (kwaliteitsstandaarden) and measurement instruments
 * (meetinstrumenten), their parts, who may read and edit them, and their revision history.
 * Every change goes through {@code DocumentChanges}: one transaction that checks the caller's
 * precondition, stores the next revision and snapshot, and appends the audit event.
 */
package nl.triade.registry.domain.document;
