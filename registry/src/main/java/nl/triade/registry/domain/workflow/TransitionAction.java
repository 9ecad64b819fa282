package nl.triade.registry.domain.workflow;

import nl.triade.registry.domain.audit.EventType;

/** What an org-admin of an author organisation asks of a document's lifecycle (DESIGN §2). */
public enum TransitionAction {
    OPEN_CONSULTATION, CLOSE_CONSULTATION, REQUEST_AUTHORISATION, WITHDRAW, REVISE;

    /** The event recording this action, named after it (the second scheme of {@link EventType}). */
    public EventType event() {
        return switch (this) {
            case OPEN_CONSULTATION -> EventType.DOCUMENT_OPEN_CONSULTATION;
            case CLOSE_CONSULTATION -> EventType.DOCUMENT_CLOSE_CONSULTATION;
            case REQUEST_AUTHORISATION -> EventType.DOCUMENT_REQUEST_AUTHORISATION;
            case WITHDRAW -> EventType.DOCUMENT_WITHDRAW;
            case REVISE -> EventType.DOCUMENT_REVISE;
        };
    }
}
