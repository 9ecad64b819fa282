package nl.triade.registry.domain.workflow;

/** What an org-admin of an author organisation asks of a document's lifecycle (DESIGN §2). */
public enum TransitionAction {
    OPEN_CONSULTATION, CLOSE_CONSULTATION, REQUEST_AUTHORISATION, WITHDRAW, REVISE
}
