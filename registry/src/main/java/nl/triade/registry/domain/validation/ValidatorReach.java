package nl.triade.registry.domain.validation;

import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.document.DocumentContent;

/**
 * Which documents a validator instance's errors bind: the one place that knows. An instance serves
 * an organisation or, configured without one, the installation. Its errors bind:
 * <ul>
 * <li>every document when it is the installation's own (the operator installed it for everyone, as
 * before validators could be configured per organisation) or serves an organisation of kind
 * {@code register}: the Register's admission criteria apply to every document it will assess;</li>
 * <li>otherwise only the documents its organisation authors: the organisations whose approval the
 * document needs. A commenter or an organisation that declined has no vote on the document, so
 * its rules cannot hold it back either.</li>
 * </ul>
 * Anywhere else its errors are advice: shown in the report, marked, and never blocking.
 */
public final class ValidatorReach {
    private ValidatorReach() {
    }

    /**
     * {@code findings} as they weigh on {@code content}, given the kind of each organisation a
     * validator instance serves.
     */
    public static List<ValidationFinding> weigh(List<ValidationFinding> findings, DocumentContent content,
                                                Map<String, OrganisationKind> kinds) {
        return findings.stream().map(finding -> binds(finding.organisation(), content, kinds) ? finding : finding.asAdvice()).toList();
    }

    static boolean binds(String organisation, DocumentContent content, Map<String, OrganisationKind> kinds) {
        return organisation == null || kinds.get(organisation) == OrganisationKind.REGISTER || content.hasAuthor(organisation);
    }
}
