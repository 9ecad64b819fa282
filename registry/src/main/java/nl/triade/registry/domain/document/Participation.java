package nl.triade.registry.domain.document;

import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.Role;

/**
 * An organisation speaks only for itself (DESIGN §3a). Members of an author organisation invite
 * other organisations, as author or commenter, and may raise a commenter to author; everything
 * else about an organisation's part is its own org-admin's word: recording its refusal, stepping
 * down, leaving, withdrawing a refusal. Nobody promotes their own organisation to author: authors
 * invite authors. All of it only while the document is a draft.
 */
final class Participation {
    private Participation() {
    }

    /**
     * Checks that {@code caller} may change {@code organisation}'s part in {@code document} to
     * {@code next}; null stands for removing it.
     */
    static void check(Caller caller, Document document, String organisation, ParticipantRole next) {
        DocumentAccess.requireRead(caller, document);
        ParticipantRole current = document.content().participant(organisation).map(Participant::role).orElse(null);
        if (current == null && next == null) {
            throw new NotFoundException("participant", organisation);
        }
        boolean allowed = caller.organisation().equals(organisation)
                ? caller.role() == Role.ORG_ADMIN && isOwnStep(current, next)
                : document.content().hasAuthor(caller.organisation()) && isInvitation(current, next);
        if (!allowed) {
            throw new ForbiddenException(refusal(caller, organisation, current, next));
        }
        if (document.status() != DocumentStatus.DRAFT) {
            throw new RuleViolationException(Rule.NOT_DRAFT, "participants change only while the document is a draft; it is "
                    + WireNames.of(document.status()));
        }
    }

    /** Another organisation is invited, or a commenter raised to author; keeping an author as author changes nothing. */
    private static boolean isInvitation(ParticipantRole current, ParticipantRole next) {
        if (next == ParticipantRole.AUTHOR) {
            return current == null || current == ParticipantRole.COMMENTER || current == ParticipantRole.AUTHOR;
        }
        return next == ParticipantRole.COMMENTER && (current == null || current == ParticipantRole.COMMENTER);
    }

    /** An organisation's own steps: down, out, declining, or withdrawing a refusal to commenter; never up to author. */
    private static boolean isOwnStep(ParticipantRole current, ParticipantRole next) {
        if (current == null) {
            return false;
        }
        return next != ParticipantRole.AUTHOR || current == ParticipantRole.AUTHOR;
    }

    private static String refusal(Caller caller, String organisation, ParticipantRole current, ParticipantRole next) {
        if (caller.organisation().equals(organisation)) {
            return caller.role() != Role.ORG_ADMIN
                    ? "only an org-admin of '" + organisation + "' changes its part in a document"
                    : "an organisation does not make itself an author; the authors invite authors";
        }
        if (current == null && next == ParticipantRole.DECLINED) {
            return "only an org-admin of '" + organisation + "' records its refusal; invite it, or record an absence "
                    + "statement when its kind of party has no organisation in Triade";
        }
        return "only members of an author organisation invite organisations, and only an org-admin of '" + organisation
                + "' records its refusal, steps it down or takes it out of the document";
    }
}
