package nl.triade.spi;

import java.util.Set;

/**
 * Settings an extension needs. The host lists a plugin whose required settings are missing as
 * "not configured" and does not call it; it never logs or shows the values of secret settings.
 */
public interface Configurable {

    /** Keys that must be set before the host calls this extension. */
    default Set<String> requiredSettings() {
        return Set.of();
    }

    /** Keys whose values are secrets (passwords, API keys). */
    default Set<String> secretSettings() {
        return Set.of();
    }
}
