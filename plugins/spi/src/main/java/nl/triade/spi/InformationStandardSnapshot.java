package nl.triade.spi;

/**
 * An informatiestandaard a document relies on, linked by reference (since SPI 1.5.0).
 *
 * @param identifier the standard's id in its catalogue (for example a Nictiz zib), or null
 * @param name       its name
 * @param version    the version meant, or null
 * @param url        where it is published, or null
 */
public record InformationStandardSnapshot(String identifier, String name, String version, String url) {
}
