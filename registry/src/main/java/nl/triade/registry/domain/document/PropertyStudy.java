package nl.triade.registry.domain.document;

import nl.triade.registry.domain.CanonicalJson;

/**
 * What one piece of evidence found about one measurement property of an instrument.
 *
 * @param property the property studied
 * @param result   whether the study established it
 * @param note     a short text on the result (a coefficient, a limitation), or null
 */
public record PropertyStudy(@CanonicalJson.Name("property") MeasurementProperty property,
                            @CanonicalJson.Name("result") StudyResult result,
                            @CanonicalJson.Name("note") String note) {
}
