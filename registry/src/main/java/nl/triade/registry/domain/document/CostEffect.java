package nl.triade.registry.domain.document;

/** The expected effect of a standard on the costs of care: none, more or less spent. */
public enum CostEffect {
    NONE, INCREASE, DECREASE
}
