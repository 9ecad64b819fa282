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

/** Appends {@code <seq> <type>} for every event to the file named by setting {@code file}. */
@Extension
public final class RecordingListener implements EventListener {

    @Override
    public Set<String> requiredSettings() {
        return Set.of("file");
    }

    @Override
    public void onEvent(EventSnapshot event, PluginContext context) {
        try {
            Files.writeString(Path.of(context.setting("file")), event.seq() + " " + event.type() + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
