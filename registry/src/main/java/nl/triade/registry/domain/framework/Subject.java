package nl.triade.registry.domain.framework;

/** What a criterion judges: a quality standard (kwaliteitsstandaard) or a measurement instrument (meetinstrument). */
public enum Subject {
    STANDARD, INSTRUMENT
}
