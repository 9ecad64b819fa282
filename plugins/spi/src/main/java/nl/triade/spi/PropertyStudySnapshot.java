package nl.triade.spi;

import java.util.Objects;

/**
 * What one piece of evidence found about one measurement property of an instrument (since SPI 1.4.0).
 *
 * @param property {@code validity}, {@code reliability} or {@code discriminating-power} (onderscheidend vermogen)
 * @param result   {@code established}, {@code not-established} (studied, not found) or {@code not-studied}
 * @param note     a short text on the result, or null
 */
public record PropertyStudySnapshot(String property, String result, String note) {

    public PropertyStudySnapshot {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(result, "result");
    }
}
