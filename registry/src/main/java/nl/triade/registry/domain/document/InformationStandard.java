package nl.triade.registry.domain.document;

import nl.triade.registry.domain.CanonicalJson;

/**
 * An informatiestandaard the document relies on, linked by reference rather than copied: the
 * standard's {@code identifier} in its catalogue (a Nictiz zib such as {@code nl.zorg.Probleem}, a
 * HL7 FHIR profile, an NEN norm), its {@code name}, the {@code version} meant and where it is
 * published ({@code url}). The Toetsingskader asks for it in KS5 (2015) and the informatieparagraaf
 * (3.0, criterion 6).
 */
public record InformationStandard(@CanonicalJson.Name("identifier") String identifier,
                                  @CanonicalJson.Name("name") String name,
                                  @CanonicalJson.Name("version") String version,
                                  @CanonicalJson.Name("url") String url) {
}
