package nl.triade.registry.domain.document;

import nl.triade.registry.domain.CanonicalJson;

/**
 * A measure of an instrument (numerator: teller, denominator: noemer); parts not yet written are null.
 * {@code improvementNotation} (which way the score improves) came later: left out of the canonical
 * form while unset, so the hash of every document written before it stays as it was.
 */
public record Indicator(@CanonicalJson.Name("key") String key,
                        @CanonicalJson.Name("title") String title,
                        @CanonicalJson.Name("type") IndicatorType type,
                        @CanonicalJson.Name("numerator") String numerator,
                        @CanonicalJson.Name("denominator") String denominator,
                        @CanonicalJson.Name("exclusions") String exclusions,
                        @CanonicalJson.Name("dataSource") String dataSource,
                        @CanonicalJson.Name("unit") String unit,
                        @CanonicalJson.Name("period") String period,
                        @CanonicalJson.Name("improvementNotation") @CanonicalJson.OmitWhenUnset
                        ImprovementNotation improvementNotation) {

    /** An indicator that does not say which way its score improves. */
    public Indicator(String key, String title, IndicatorType type, String numerator, String denominator, String exclusions,
                     String dataSource, String unit, String period) {
        this(key, title, type, numerator, denominator, exclusions, dataSource, unit, period, null);
    }
}
