package nl.triade.registry.domain.audit;

/**
 * One stored text as the database holds it now, named by a record path such as
 * {@code comment/<id>/body}; {@code text} is null where the column is empty.
 */
public record StoredText(String record, String text) {
}
