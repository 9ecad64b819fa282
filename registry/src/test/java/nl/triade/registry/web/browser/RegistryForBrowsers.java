package nl.triade.registry.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import nl.triade.registry.http.RunningRegistry;

/**
 * The registry a browser test class walks through: it hands final documents to the Register by the
 * {@code register-outbox} plugin, into a fresh folder, its worker looking every 50 ms, and has no
 * rate limits (one browser asks for many pages in a short time).
 */
final class RegistryForBrowsers {
    private RegistryForBrowsers() {
    }

    static RunningRegistry perTestClass() {
        return RunningRegistry.perTestClass(Map.of("TRIADE_PLUGIN_REGISTER_OUTBOX_DIRECTORY", outbox(),
                "TRIADE_SUBMISSION_POLL_MS", "50", "TRIADE_RATE_LIMITS", "off"), "register-outbox");
    }

    private static String outbox() {
        try {
            return Files.createTempDirectory("triade-browser-outbox").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
