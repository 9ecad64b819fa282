package nl.triade.registry.domain.document;

/** What a study found about a measurement property: established, studied and not established, or not studied at all. */
public enum StudyResult {
    ESTABLISHED, NOT_ESTABLISHED, NOT_STUDIED
}
