package nl.triade.plugins.misbehaving;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.DocumentValidator;
import nl.triade.spi.Finding;
import nl.triade.spi.PluginContext;
import org.pf4j.Extension;

/**
 * Ignores interruption and goes on until the file named by setting {@code stubborn} exists, as a
 * plugin stuck in a runaway loop or a regular expression would; only called when that setting is
 * set. A test ends it by creating the file.
 */
@Extension
public final class StubbornValidator implements DocumentValidator {
    static final String RELEASE_FILE = "stubborn";

    @Override
    public Set<String> requiredSettings() {
        return Set.of(RELEASE_FILE);
    }

    @Override
    public List<Finding> validate(DocumentSnapshot document, PluginContext context) {
        Path release = Path.of(context.setting(RELEASE_FILE));
        while (!Files.exists(release)) {
            Thread.interrupted();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        return List.of();
    }
}
