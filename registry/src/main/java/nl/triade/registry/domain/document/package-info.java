/**
 * Documents: quality standards (kwaliteitsstandaarden) and measurement instruments
 * (meetinstrumenten), their parts, who may read and edit them, their revision history and the
 * editions the Register accepted. Every change goes through {@code DocumentChanges}: one
 * transaction that checks the caller's precondition, stores the next revision and snapshot, and
 * appends the audit event; the workflow moves a document's status through the same path.
 */
package nl.triade.registry.domain.document;
