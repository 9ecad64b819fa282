package nl.triade.registry.domain.document;

import nl.triade.registry.domain.CanonicalJson;

/** A measure of an instrument (numerator: teller, denominator: noemer); parts not yet written are null. */
public record Indicator(@CanonicalJson.Name("key") String key,
                        @CanonicalJson.Name("title") String title,
                        @CanonicalJson.Name("type") IndicatorType type,
                        @CanonicalJson.Name("numerator") String numerator,
                        @CanonicalJson.Name("denominator") String denominator,
                        @CanonicalJson.Name("exclusions") String exclusions,
                        @CanonicalJson.Name("dataSource") String dataSource,
                        @CanonicalJson.Name("unit") String unit,
                        @CanonicalJson.Name("period") String period) {
}
