package nl.triade.registry.domain.workflow;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.actor.OrganisationKind;
import nl.triade.registry.domain.document.AbsenceStatement;
import nl.triade.registry.domain.document.DocumentContent;
import nl.triade.registry.domain.document.Participant;
import nl.triade.registry.domain.document.ParticipantRole;

/**
 * The joint-offer rule: a standard is offered by patients, providers and insurers together, so
 * each of the three kinds must be an author, or have declined with a motivation (the
 * Toetsingskader accepts a motivated refusal). Commenters do not count. Where no organisation of a
 * kind exists in Triade, the authors' motivated absence statement counts for that kind; once one
 * exists, it must be asked, and the statement no longer counts.
 */
final class PartyRule {
    private PartyRule() {
    }

    /** Refuses an incomplete set of parties; returns the absence statements that counted. */
    static List<AbsenceStatement> check(DocumentContent content, Map<String, OrganisationKind> kinds,
                                        Set<OrganisationKind> kindsPresent) {
        Set<OrganisationKind> missing = EnumSet.copyOf(OrganisationKind.CARE_PARTIES);
        for (Participant participant : content.participants()) {
            boolean counts = participant.role() == ParticipantRole.AUTHOR
                    || participant.role() == ParticipantRole.DECLINED && participant.motivation() != null
                    && !participant.motivation().isBlank();
            if (counts) {
                missing.remove(kinds.get(participant.organisation()));
            }
        }
        List<AbsenceStatement> counted = content.absences().stream()
                .filter(statement -> !kindsPresent.contains(statement.party())).toList();
        counted.forEach(statement -> missing.remove(statement.party()));
        if (!missing.isEmpty()) {
            throw new RuleViolationException(Rule.PARTIES_INCOMPLETE, "every party must author the document or decline with a "
                    + "motivation, or have no organisation in Triade and an absence statement; missing: "
                    + missing.stream().map(WireNames::of).toList());
        }
        return counted;
    }
}
