package nl.triade.registry.config;

/** A setting is missing or malformed; the message names the variable and what it must look like. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
