package nl.triade.registry.domain.limits;

/** Who shares a bucket: one account, or every account of one organisation together. */
public enum Scope {
    ACCOUNT, ORGANISATION
}
