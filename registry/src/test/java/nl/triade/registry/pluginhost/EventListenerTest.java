package nl.triade.registry.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
        try (RunningRegistry registry = recordingTo(file, "50", "2000")) {
            createTwoOrganisations(registry);

            assertHeardTwoOrganisationsOnce(file);
        }
    }

    @Test
    void aFailingListenerIsRetriedOnTheSameEventAndMissesNothing() throws Exception {
        Path folder = Files.createTempDirectory("triade-events").resolve("not-yet-there");
        Path file = folder.resolve("events.txt");
        try (RunningRegistry registry = recordingTo(file, "50", "50")) {
            createTwoOrganisations(registry);
            Thread.sleep(300);
            Files.createDirectories(folder);

            assertHeardTwoOrganisationsOnce(file);
        }
    }

    @Test
    void eventsNotYetHeardBeforeAStopAreHeardAfterTheRestart() throws Exception {
        Path folder = Files.createTempDirectory("triade-events").resolve("not-yet-there");
        Path file = folder.resolve("events.txt");
        // The feed runs once at start-up and then not for ten minutes: before the stop the listener cannot write
        // at all, so whatever it hears, it hears after the restart.
        try (RunningRegistry registry = recordingTo(file, "600000", "2000")) {
            createTwoOrganisations(registry);
            Files.createDirectories(folder);
            assertTrue(Files.notExists(file));

            registry.restart();

            assertHeardTwoOrganisationsOnce(file);
        }
    }

    /** A registry with the event-recorder plugin writing to {@code file}, polling and backing off as given (ms). */
    private static RunningRegistry recordingTo(Path file, String poll, String backoff) {
        return RunningRegistry.start(false, Map.of("TRIADE_PLUGIN_EVENT_RECORDER_FILE", file.toString(),
                "TRIADE_SUBMISSION_POLL_MS", poll, "TRIADE_SUBMISSION_BACKOFF_MS", backoff), "event-recorder");
    }

    private static void createTwoOrganisations(RunningRegistry registry) {
        Parties parties = new Parties(registry);
        parties.organisation("luisteraars", "patient");
        parties.organisation("sprekers", "provider");
    }

    private static void assertHeardTwoOrganisationsOnce(Path file) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (lines(file).size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(200);
        List<String> heard = lines(file);
        assertEquals(2, heard.size(), heard.toString());
        assertTrue(heard.get(0).endsWith(" organisation.created"), heard.toString());
        assertTrue(heard.get(1).endsWith(" organisation.created"), heard.toString());
        long first = Long.parseLong(heard.get(0).split(" ")[0]);
        assertEquals(first + 1, Long.parseLong(heard.get(1).split(" ")[0]));
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }
}
