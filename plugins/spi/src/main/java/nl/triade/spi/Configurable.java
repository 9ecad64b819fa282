package nl.triade.spi;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Settings an extension needs. The host lists a plugin whose required settings are missing, or
 * whose settings the extension refuses, as "not configured" and does not call it; it never logs or
 * shows the values of secret settings.
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

    /**
     * Why these settings (all {@link #requiredSettings()} present) cannot work, for example an
     * endpoint that is not an {@code https://} URL; empty when they can. Asked once, when the host
     * starts, with the plugin's time limit; the reason is shown to administrators by
     * {@code GET /plugins}, so it must not contain the value of a secret setting.
     *
     * @since SPI 1.2.0
     */
    default Optional<String> configurationProblem(Map<String, String> settings) {
        return Optional.empty();
    }
}
