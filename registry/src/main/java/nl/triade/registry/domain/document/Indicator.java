package nl.triade.registry.domain.document;

/** A measure of an instrument (numerator: teller, denominator: noemer); parts not yet written are null. */
public record Indicator(String key, String title, IndicatorType type, String numerator, String denominator,
                        String exclusions, String dataSource, String unit, String period) {
}
