package nl.triade.registry.domain.authorisation;

/** An author organisation's formal decision on the frozen text. */
public enum Decision {
    APPROVE, REJECT
}
