package nl.triade.registry.domain.document;

import nl.triade.registry.domain.CanonicalJson;

/**
 * The financial-impact assessment of a standard (Toetsingskader 3.0, criterion 7): the expected
 * {@code effect} on the costs of care, an estimate in whole euros per year and the {@code basis} of
 * that estimate, whether the budgetary impact is {@code significant} and who assessed it. A
 * significant impact is no failure: the Register may then refer the standard to the minister, who
 * may refuse it. Members may be missing while the authors work on it; the Toetsingskader names each.
 */
public record FinancialImpact(@CanonicalJson.Name("effect") CostEffect effect,
                              @CanonicalJson.Name("eurosPerYear") Long eurosPerYear,
                              @CanonicalJson.Name("basis") String basis,
                              @CanonicalJson.Name("significant") Boolean significant,
                              @CanonicalJson.Name("assessedBy") String assessedBy) {
}
