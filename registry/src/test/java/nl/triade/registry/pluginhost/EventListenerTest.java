package nl.triade.registry.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import org.junit.jupiter.api.Test;

class EventListenerTest {

    @Test
    void listenersHearOfEveryCommittedEventInChainOrder() throws Exception {
        Path file = Files.createTempFile("triade-events", ".txt");
        try (RunningRegistry registry = RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_EVENT_RECORDER_FILE", file.toString(),
                "TRIADE_SUBMISSION_POLL_MS", "50"), "event-recorder")) {
            Parties parties = new Parties(registry);
            parties.organisation("luisteraars", "patient");
            parties.organisation("sprekers", "provider");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (Files.readAllLines(file).size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            List<String> heard = Files.readAllLines(file);
            assertEquals(2, heard.size(), heard.toString());
            assertTrue(heard.get(0).endsWith(" organisation.created"));
            long first = Long.parseLong(heard.get(0).split(" ")[0]);
            assertEquals(first + 1, Long.parseLong(heard.get(1).split(" ")[0]));
        }
    }
}
