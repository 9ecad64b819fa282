package nl.triade.registry.domain.consultation;

/** How a consultation round ended: an org-admin closed it, its {@code closesAt} passed, or the document was withdrawn during it. */
public enum RoundEnding {
    CLOSED, EXPIRED, WITHDRAWN
}
