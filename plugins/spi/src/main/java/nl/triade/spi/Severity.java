package nl.triade.spi;

/** How much a finding weighs: an {@code ERROR} blocks the request for authorisation. */
public enum Severity {
    ERROR, WARNING, INFO
}
