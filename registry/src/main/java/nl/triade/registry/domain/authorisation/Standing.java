package nl.triade.registry.domain.authorisation;

import java.util.List;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.Role;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentStatus;

/**
 * Whether a reader of a document may decide on it now and, if not, the first reason why, in the
 * order {@link ApprovalService#decide} refuses: a page shows the reason instead of a form that
 * would be refused. The hash a decision names is the form's to carry, so it is not judged here.
 */
public enum Standing {
    /** An org-admin of an author organisation that has not decided in this round. */
    MAY_DECIDE,
    /** Not an org-admin: only an organisation's board member decides for it. */
    NOT_A_BOARD_MEMBER,
    /** The organisation does not author the document: commenters and declined parties do not vote. */
    NOT_AN_AUTHOR,
    /** The document does not await authorisation. */
    NOT_IN_AUTHORISATION,
    /** The organisation has decided in this round already. */
    DECIDED;

    /** The standing of {@code caller} on {@code document}, whose current round holds {@code round}. */
    public static Standing of(Caller caller, Document document, List<Approval> round) {
        if (caller.role() != Role.ORG_ADMIN) {
            return NOT_A_BOARD_MEMBER;
        }
        if (!document.content().hasAuthor(caller.organisation())) {
            return NOT_AN_AUTHOR;
        }
        if (document.status() != DocumentStatus.AUTHORISATION) {
            return NOT_IN_AUTHORISATION;
        }
        return round.stream().anyMatch(approval -> approval.organisation().equals(caller.organisation())) ? DECIDED : MAY_DECIDE;
    }

    /** Whether {@code caller} votes on {@code document} at all: an org-admin of an author organisation, for it. */
    static boolean votes(Caller caller, Document document) {
        Standing standing = of(caller, document, List.of());
        return standing != NOT_A_BOARD_MEMBER && standing != NOT_AN_AUTHOR;
    }
}
