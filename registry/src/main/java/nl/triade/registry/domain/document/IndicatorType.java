package nl.triade.registry.domain.document;

/** What an indicator measures: structure, process, outcome, or a patient-reported outcome (PROM) or experience (PREM). */
public enum IndicatorType {
    STRUCTURE, PROCESS, OUTCOME, PROM, PREM
}
