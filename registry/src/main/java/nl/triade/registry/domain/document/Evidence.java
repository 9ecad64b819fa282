package nl.triade.registry.domain.document;

import java.time.LocalDate;
import nl.triade.registry.domain.CanonicalJson;

/** Bundled patient experience or other support for the text, optionally tied to one section. */
public record Evidence(@CanonicalJson.Name("id") String id,
                       @CanonicalJson.Name("type") EvidenceType type,
                       @CanonicalJson.Name("title") String title,
                       @CanonicalJson.Name("summary") String summary,
                       @CanonicalJson.Name("respondents") Integer respondents,
                       @CanonicalJson.Name("collectedOn") LocalDate collectedOn,
                       @CanonicalJson.Name("sectionKey") String sectionKey) {
}
