package nl.triade.plugins.eventrecorder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import nl.triade.spi.EventListener;
import nl.triade.spi.EventSnapshot;
import nl.triade.spi.PluginContext;
import org.pf4j.Extension;

/**
 * Appends {@code <seq> <type>} for every event to the file named by setting {@code file}. With
 * setting {@code offers}, it first appends the same line to that file, so a test also sees the
 * events it was offered and failed to record (while {@code file}'s folder is missing).
 */
@Extension
public final class RecordingListener implements EventListener {

    @Override
    public Set<String> requiredSettings() {
        return Set.of("file");
    }

    @Override
    public void onEvent(EventSnapshot event, PluginContext context) {
        String line = event.seq() + " " + event.type() + "\n";
        String offers = context.setting("offers");
        if (offers != null) {
            append(Path.of(offers), line);
        }
        append(Path.of(context.setting("file")), line);
    }

    private static void append(Path file, String line) {
        try {
            Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
