package nl.triade.registry.domain.workflow;

import java.util.EnumSet;
import java.util.Set;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.RuleViolationException;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.document.DocumentStatus;

/**
 * The state machine of DESIGN §2, and nothing else: which status an action leads to from which
 * status. Every refusal names a stable rule and what would satisfy it.
 */
public final class Lifecycle {
    private static final Set<DocumentStatus> WITHDRAWABLE = EnumSet.of(DocumentStatus.DRAFT, DocumentStatus.CONSULTATION,
            DocumentStatus.AUTHORISATION, DocumentStatus.FINAL);
    private static final Set<DocumentStatus> REVISABLE = EnumSet.of(DocumentStatus.REGISTERED, DocumentStatus.REJECTED);

    private Lifecycle() {
    }

    /** Whether {@code action} leads anywhere from {@code from}: what {@link #target} would not refuse. */
    public static boolean allows(DocumentStatus from, TransitionAction action) {
        return switch (action) {
            case OPEN_CONSULTATION, REQUEST_AUTHORISATION -> from == DocumentStatus.DRAFT;
            case CLOSE_CONSULTATION -> from == DocumentStatus.CONSULTATION;
            case WITHDRAW -> WITHDRAWABLE.contains(from);
            case REVISE -> REVISABLE.contains(from);
        };
    }

    public static DocumentStatus target(DocumentStatus from, TransitionAction action) {
        return switch (action) {
            case OPEN_CONSULTATION -> require(allows(from, action), Rule.NOT_DRAFT,
                    "a consultation opens on a draft; the document is " + name(from), DocumentStatus.CONSULTATION);
            case CLOSE_CONSULTATION -> require(allows(from, action), Rule.NOT_IN_CONSULTATION,
                    "only a document in consultation can close it; the document is " + name(from), DocumentStatus.DRAFT);
            case REQUEST_AUTHORISATION -> require(allows(from, action), Rule.NOT_DRAFT,
                    "authorisation is requested for a draft; the document is " + name(from), DocumentStatus.AUTHORISATION);
            case WITHDRAW -> require(allows(from, action), Rule.NOT_WITHDRAWABLE,
                    "a document can be withdrawn until it is submitted; the document is " + name(from), DocumentStatus.WITHDRAWN);
            case REVISE -> require(allows(from, action), Rule.NOT_REVISABLE,
                    "only registered or rejected documents are revised into a new draft; the document is " + name(from),
                    DocumentStatus.DRAFT);
        };
    }

    private static DocumentStatus require(boolean allowed, Rule rule, String message, DocumentStatus target) {
        if (!allowed) {
            throw new RuleViolationException(rule, message);
        }
        return target;
    }

    static String name(DocumentStatus status) {
        return WireNames.of(status);
    }
}
