package nl.triade.registry.domain.validation;

/** How much a validation finding weighs; an error blocks the request for authorisation. */
public enum FindingSeverity {
    ERROR, WARNING, INFO
}
