package nl.triade.registry.domain.document;

/** What an instrument's results are used for; public information and purchasing demand more evidence. */
public enum Purpose {
    IMPROVEMENT, PUBLIC_INFORMATION, PURCHASING
}
