package nl.triade.registry.domain.document;

import java.time.LocalDate;
import java.util.List;
import nl.triade.registry.domain.CanonicalJson;

/**
 * Bundled patient experience or other support for the text, optionally tied to one section. Evidence
 * of a measurement instrument's properties says which it studied, with what result ({@code studies}),
 * in whom ({@code population}, and {@code respondents} how many) and where it is reported
 * ({@code reference}). These three came later: left out of the canonical form while empty or unset,
 * so the hash of every document written before them stays as it was.
 */
public record Evidence(@CanonicalJson.Name("id") String id,
                       @CanonicalJson.Name("type") EvidenceType type,
                       @CanonicalJson.Name("title") String title,
                       @CanonicalJson.Name("summary") String summary,
                       @CanonicalJson.Name("respondents") Integer respondents,
                       @CanonicalJson.Name("collectedOn") LocalDate collectedOn,
                       @CanonicalJson.Name("sectionKey") String sectionKey,
                       @CanonicalJson.Name("studies") @CanonicalJson.OmitWhenEmpty List<PropertyStudy> studies,
                       @CanonicalJson.Name("population") @CanonicalJson.OmitWhenUnset String population,
                       @CanonicalJson.Name("reference") @CanonicalJson.OmitWhenUnset String reference) {

    public Evidence {
        studies = studies == null ? List.of() : List.copyOf(studies);
    }

    /** Evidence that reports no study of measurement properties. */
    public Evidence(String id, EvidenceType type, String title, String summary, Integer respondents, LocalDate collectedOn,
                    String sectionKey) {
        this(id, type, title, summary, respondents, collectedOn, sectionKey, List.of(), null, null);
    }

    /** The same evidence under the id the registry gives it. */
    public Evidence withId(String newId) {
        return new Evidence(newId, type, title, summary, respondents, collectedOn, sectionKey, studies, population, reference);
    }
}
