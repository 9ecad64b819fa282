package nl.triade.spi;

/**
 * The SPI's own semantic version. The host runs PF4J with this as its system version, so a plugin
 * whose {@code Plugin-Requires} does not accept it (for example {@code >=2.0.0}) is refused at load
 * with a message instead of failing later with a linkage error. The SPI grows only by default
 * methods and new records; a breaking change raises the major version.
 */
public final class TriadeSpi {
    public static final String VERSION = "1.9.0";

    private TriadeSpi() {
    }
}
