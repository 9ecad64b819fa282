package nl.triade.registry.domain.document;

import java.util.EnumSet;
import java.util.Set;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.RegistryException;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.UnauthenticatedException;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.actor.Caller;

/**
 * Who may read and edit a document (DESIGN §3). A caller who may not read a document is told it
 * does not exist, so drafts do not leak even their existence.
 *
 * <p>A withdrawn document keeps the audience it had just before it was withdrawn: a draft (or a
 * document in authorisation) stays with its participants, one withdrawn from consultation or
 * {@code final} stays readable by every account. Withdrawing never publishes what was private.
 *
 * <p>A document's workings — its revision history and diffs, validation reports, submissions
 * with their receipts and delivery attempts — are for its participants and administrators in
 * every state. Drafts between shared states were never shared, and receipts name server paths;
 * what others see is the document as it stands, its approvals, comments and registered editions.
 */
public final class DocumentAccess {
    /** States in which every authenticated account may read a document (a withdrawn one: see {@link #openToAccounts}). */
    public static final Set<DocumentStatus> OPEN_TO_ACCOUNTS = EnumSet.of(DocumentStatus.CONSULTATION,
            DocumentStatus.FINAL, DocumentStatus.SUBMITTED, DocumentStatus.REJECTED, DocumentStatus.REGISTERED);

    private DocumentAccess() {
    }

    /** {@code caller} is null for an anonymous request. */
    public static boolean canRead(Caller caller, Document document) {
        if (document.status() == DocumentStatus.REGISTERED) {
            return true;
        }
        if (caller == null) {
            return false;
        }
        return openToAccounts(document) || isInsider(caller, document);
    }

    /**
     * Whether every member of {@code organisation} may read the document: what the organisation's
     * notifications may tell it about. Administrators' wider reach does not count, so a subscription an
     * administrator made for an organisation hears no more than that organisation's members may read.
     */
    public static boolean readableByOrganisation(String organisation, Document document) {
        return document.status() == DocumentStatus.REGISTERED || openToAccounts(document)
                || document.content().participant(organisation).isPresent();
    }

    /**
     * Open to every account: by its status, or, when withdrawn, by the status it was withdrawn
     * from. A withdrawn document without that fact (none is left after migration V12) stays private.
     */
    public static boolean openToAccounts(Document document) {
        DocumentStatus audience = document.status() == DocumentStatus.WITHDRAWN
                ? document.workflow().withdrawnFrom() : document.status();
        return audience != null && OPEN_TO_ACCOUNTS.contains(audience);
    }

    private static boolean isAuthor(Caller caller, Document document) {
        return caller != null && document.content().hasAuthor(caller.organisation());
    }

    /** Members of a participating organisation (any role, declined included) and administrators. */
    public static boolean isInsider(Caller caller, Document document) {
        return caller != null && (caller.isAdministrator() || document.content().participant(caller.organisation()).isPresent());
    }

    /**
     * The Register assesses a document while it is submitted to it: then its accounts (not the
     * operator's) read the workings the assessment needs, the validation reports and submissions.
     * Before and after, those stay with the participants.
     */
    public static boolean assesses(Caller caller, Document document) {
        return caller != null && caller.speaksForRegister() && document.status() == DocumentStatus.SUBMITTED;
    }

    /** As {@link #requireInsider}, with the Register admitted while it {@link #assesses} the document. */
    public static void requireInsiderOrAssessor(Caller caller, Document document, String what) {
        if (assesses(caller, document)) {
            return;
        }
        requireInsider(caller, document, what);
    }

    /**
     * For a document's workings ({@code what}, e.g. "revisions"): participants and administrators.
     * Those who may not read the document are told it does not exist; an anonymous reader of a
     * registered one is asked to authenticate, an account is refused.
     */
    public static void requireInsider(Caller caller, Document document, String what) {
        requireRead(caller, document);
        if (isInsider(caller, document)) {
            return;
        }
        String message = what + " of document '" + document.id() + "' are for its participants and administrators";
        if (caller == null) {
            throw new UnauthenticatedException(message + "; authenticate as one of them");
        }
        throw new ForbiddenException(message);
    }

    public static void requireRead(Caller caller, Document document) {
        if (!canRead(caller, document)) {
            throw notVisible(caller, document.id());
        }
    }

    /**
     * The refusal for a document the caller cannot see, whether or not it exists: anonymous callers
     * are asked to authenticate, others are told there is no such document. Neither reveals a draft.
     */
    public static RegistryException notVisible(Caller caller, String id) {
        if (caller == null) {
            return new UnauthenticatedException("document '" + id + "' is not public; authenticate to see documents in progress");
        }
        return new NotFoundException("document", id);
    }

    /** Whether {@code caller} may change the content now: what {@link #requireEdit} would not refuse. */
    public static boolean canEdit(Caller caller, Document document) {
        return canRead(caller, document) && isAuthor(caller, document) && document.status() == DocumentStatus.DRAFT;
    }

    /** Content changes: members of author organisations, and only while the document is a draft. */
    public static void requireEdit(Caller caller, Document document) {
        requireRead(caller, document);
        if (!isAuthor(caller, document)) {
            throw new ForbiddenException("only members of the document's author organisations edit it");
        }
        if (document.status() != DocumentStatus.DRAFT) {
            throw new RuleViolationException(Rule.NOT_DRAFT, "content changes only while the document is a draft; it is "
                    + WireNames.of(document.status()));
        }
    }
}
