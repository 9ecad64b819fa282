package nl.triade.spi;

import java.util.Objects;

/**
 * One indicator of a measurement instrument. Optional parts are null when the authors have not
 * written them yet, which is exactly what validators look for.
 *
 * @param key         stable key, unique within the document
 * @param title       name of the indicator
 * @param type        {@code structure}, {@code process}, {@code outcome}, {@code prom} or {@code prem}
 * @param numerator   teller, or null
 * @param denominator noemer, or null
 * @param exclusions  exclusion criteria, or null
 * @param dataSource  where the data come from, or null
 * @param unit        unit of measurement, or null
 * @param period      measurement period, or null
 */
public record IndicatorSnapshot(String key, String title, String type, String numerator, String denominator,
                                String exclusions, String dataSource, String unit, String period) {

    public IndicatorSnapshot {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
    }
}
