/**
 * Triade's plugin SPI: what the registry hands to plugins and what they may answer. Holds only
 * immutable records and (in later versions) extension point interfaces, and depends on nothing but
 * the JDK, so a plugin built against it can never reach into the host.
 */
package nl.triade.spi;
