package nl.triade.registry.domain.document;

import java.util.EnumSet;
import java.util.Set;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.NotFoundException;
import nl.triade.registry.domain.RegistryException;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.UnauthenticatedException;
import nl.triade.registry.domain.account.Caller;

/**
 * Who may read and edit a document (DESIGN §3). A caller who may not read a document is told it
 * does not exist, so drafts do not leak even their existence.
 */
public final class DocumentAccess {
    /** States in which every authenticated account may read a document. */
    public static final Set<DocumentStatus> OPEN_TO_ACCOUNTS = EnumSet.of(DocumentStatus.CONSULTATION,
            DocumentStatus.FINAL, DocumentStatus.SUBMITTED, DocumentStatus.REJECTED, DocumentStatus.WITHDRAWN,
            DocumentStatus.REGISTERED);

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
        return caller.isAdministrator() || OPEN_TO_ACCOUNTS.contains(document.status())
                || document.content().participant(caller.organisation()).isPresent();
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

    /** Content changes: members of author organisations, and only while the document is a draft. */
    public static void requireEdit(Caller caller, Document document) {
        requireRead(caller, document);
        if (caller == null || !document.content().hasAuthor(caller.organisation())) {
            throw new ForbiddenException("only members of the document's author organisations edit it");
        }
        if (document.status() != DocumentStatus.DRAFT) {
            throw new RuleViolationException("not-draft", "content changes only while the document is a draft; it is "
                    + document.status().name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
