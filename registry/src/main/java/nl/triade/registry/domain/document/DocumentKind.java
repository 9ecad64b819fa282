package nl.triade.registry.domain.document;

/** A standard (kwaliteitsstandaard) describes good care; an instrument (meetinstrument) measures it. */
public enum DocumentKind {
    STANDARD, INSTRUMENT
}
