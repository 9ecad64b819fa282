package nl.triade.registry.domain.document;

/** Where a document is in its lifecycle (DESIGN §2). */
public enum DocumentStatus {
    DRAFT, CONSULTATION, AUTHORISATION, FINAL, SUBMITTED, REGISTERED, REJECTED, WITHDRAWN
}
