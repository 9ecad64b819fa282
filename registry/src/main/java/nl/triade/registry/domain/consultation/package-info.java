/**
 * Consultation reports (the commentaarfase verslag): the consultation rounds of a document, derived
 * from its audit events so that every database has them, and per round, per registered edition or
 * for the comments made outside any round, every comment with who made it, what the authors decided
 * and who answered. Reads {@code document}, {@code review}, {@code account} and {@code audit}; writes nothing.
 */
package nl.triade.registry.domain.consultation;
