package nl.triade.registry.domain.workflow;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.KwaliteitsraadMandate;
import nl.triade.registry.domain.document.PartyConsultation;

/**
 * The joint-offer rule for the document the Kwaliteitsraad writes under a mandate, in place of
 * {@link PartyRule}: the field failed to deliver, so the council authors alone, but only once it has
 * recorded consulting a patient, a provider and an insurer organisation.
 */
final class KwaliteitsraadRule {
    private KwaliteitsraadRule() {
    }

    /** {@code kinds}: the party kind of each consulted organisation. */
    static void check(DocumentContent content, KwaliteitsraadMandate mandate, Map<String, OrganisationKind> kinds) {
        if (!content.hasAuthor(mandate.organisation())) {
            throw new RuleViolationException(Rule.PARTIES_INCOMPLETE, "the Kwaliteitsraad '" + mandate.organisation()
                    + "' writes this document under its mandate and must be its author");
        }
        Set<OrganisationKind> missing = EnumSet.copyOf(OrganisationKind.CARE_PARTIES);
        for (PartyConsultation consultation : mandate.consultations()) {
            missing.remove(kinds.get(consultation.organisation()));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(Rule.PARTIES_INCOMPLETE, "the Kwaliteitsraad authors without the three parties once "
                    + "it has recorded consulting each of them (PUT /documents/{id}/consultations/{organisation}); not consulted: "
                    + missing.stream().map(WireNames::of).toList());
        }
    }
}
