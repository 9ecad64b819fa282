package nl.triade.registry.domain.document;

import nl.triade.registry.domain.CanonicalJson;
import nl.triade.registry.domain.actor.OrganisationKind;

/**
 * The authors' motivated statement that a kind of party ({@code patient}, {@code provider} or
 * {@code insurer}) takes no part because no organisation of that kind exists in Triade to ask. It
 * is the recording author organisation and account speaking, never the absent party, and is shown
 * as theirs wherever the document is.
 */
public record AbsenceStatement(@CanonicalJson.Name("party") OrganisationKind party,
                               @CanonicalJson.Name("motivation") String motivation,
                               @CanonicalJson.Name("recordedByOrganisation") String recordedByOrganisation,
                               @CanonicalJson.Name("recordedByAccount") String recordedByAccount) {
}
