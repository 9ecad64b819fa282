/**
 * HTTP resources for consultation reports: a document's consultation rounds and the report of a
 * round, of the comments outside rounds, or of a registered edition, as JSON, as CSV for a Dutch
 * spreadsheet or as a printable HTML page, chosen by the request's {@code Accept}.
 */
package nl.triade.registry.http.consultation;
