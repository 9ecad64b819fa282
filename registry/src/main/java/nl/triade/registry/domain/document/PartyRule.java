package nl.triade.registry.domain.document;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.account.OrganisationKind;

/**
 * The joint-offer rule: a standard is offered by patients, providers and insurers together, so
 * each of the three kinds must be an author, or have declined with a motivation (the
 * Toetsingskader accepts a motivated refusal).
 */
final class PartyRule {
    private static final Set<OrganisationKind> REQUIRED = EnumSet.of(OrganisationKind.PATIENT, OrganisationKind.PROVIDER,
            OrganisationKind.INSURER);

    private PartyRule() {
    }

    static void check(List<Participant> participants, Map<String, OrganisationKind> kinds) {
        Set<OrganisationKind> missing = EnumSet.copyOf(REQUIRED);
        for (Participant participant : participants) {
            boolean counts = participant.role() == ParticipantRole.AUTHOR
                    || participant.role() == ParticipantRole.DECLINED && participant.motivation() != null
                    && !participant.motivation().isBlank();
            if (counts) {
                missing.remove(kinds.get(participant.organisation()));
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException("parties-incomplete", "every party must author the document or decline with a "
                    + "motivation; missing: " + missing.stream().map(kind -> kind.name().toLowerCase(Locale.ROOT)).toList());
        }
    }
}
