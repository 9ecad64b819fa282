package nl.triade.registry.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/**
 * Event listeners from a real plugin jar. Whether a listener heard an event once is read after a
 * marker event (an account) made once the organisations were heard: the feed hears in chain order,
 * so anything heard twice would stand before the marker.
 */
class EventListenerTest {
    private static final List<String> HEARD = List.of("organisation.created", "organisation.created", "account.created");

    @Test
    void listenersHearOfEveryCommittedEventInChainOrder() throws Exception {
        Path file = Files.createTempFile("triade-events", ".txt");
        try (RunningRegistry registry = recordingTo(file, null, "50", "2000")) {
            Parties parties = createTwoOrganisations(registry);
            Eventually.until("the listener heard both organisations", () -> lines(file).size() >= 2);
            parties.accountId("luisteraars", "member");

            assertHeardOnceInOrder(file);
        }
    }

    @Test
    void aFailingListenerIsRetriedOnTheSameEventAndMissesNothing() throws Exception {
        Path folder = Files.createTempDirectory("triade-events").resolve("not-yet-there");
        Path file = folder.resolve("events.txt");
        Path offers = Files.createTempFile("triade-offers", ".txt");
        // Backing off ten minutes of the registry's clock: until the test advances it, nothing is offered again.
        try (RunningRegistry registry = recordingTo(file, offers, "50", "600000")) {
            Parties parties = createTwoOrganisations(registry);
            Eventually.until("the listener was offered the first event", () -> lines(offers).size() >= 1);
            Files.createDirectories(folder);
            // The host notes the failure, and the pause from then, just after the offer is written: advancing the clock
            // between the two would only move the pause along, so each poll advances it past another pause.
            Eventually.until("the listener heard both organisations", () -> {
                registry.clock().advance(Duration.ofMinutes(10));
                return lines(file).size() >= 2;
            });
            parties.accountId("luisteraars", "member");

            assertHeardOnceInOrder(file);
            List<String> offered = lines(offers);
            assertEquals(lines(file).get(0), offered.get(0), "offered the first event ...");
            assertEquals(lines(file), offered.subList(1, offered.size()), "... and again after the pause, then the rest once");
        }
    }

    @Test
    void eventsNotYetHeardBeforeAStopAreHeardAfterTheRestart() throws Exception {
        Path folder = Files.createTempDirectory("triade-events").resolve("not-yet-there");
        Path file = folder.resolve("events.txt");
        // The feed runs once at start-up and then not for ten minutes: before the stop the listener cannot write
        // at all, so whatever it hears, it hears in the one round after the restart.
        try (RunningRegistry registry = recordingTo(file, null, "600000", "2000")) {
            createTwoOrganisations(registry).accountId("luisteraars", "member");
            Files.createDirectories(folder);
            assertTrue(Files.notExists(file));

            registry.restart();

            assertHeardOnceInOrder(file);
        }
    }

    /** A registry with the event-recorder plugin writing to {@code file} (and {@code offers}), polling and backing off as given (ms). */
    private static RunningRegistry recordingTo(Path file, Path offers, String poll, String backoff) {
        Map<String, String> environment = new HashMap<>(Map.of("TRIADE_PLUGIN_EVENT_RECORDER_FILE", file.toString(),
                "TRIADE_SUBMISSION_POLL_MS", poll, "TRIADE_SUBMISSION_BACKOFF_MS", backoff));
        if (offers != null) {
            environment.put("TRIADE_PLUGIN_EVENT_RECORDER_OFFERS", offers.toString());
        }
        return RunningRegistry.start(false, environment, "event-recorder");
    }

    private static Parties createTwoOrganisations(RunningRegistry registry) {
        Parties parties = new Parties(registry);
        parties.organisation("luisteraars", "patient");
        parties.organisation("sprekers", "provider");
        return parties;
    }

    /** Waits for the marker, then expects the two organisations and the marker, each once, in chain order. */
    private static void assertHeardOnceInOrder(Path file) {
        Eventually.until("the listener heard the marker", () -> lines(file).stream().anyMatch(line -> line.endsWith(" account.created")));
        List<String> heard = lines(file);
        assertEquals(HEARD, heard.stream().map(line -> line.split(" ")[1]).toList(), heard.toString());
        long first = Long.parseLong(heard.get(0).split(" ")[0]);
        for (int i = 1; i < heard.size(); i++) {
            assertEquals(first + i, Long.parseLong(heard.get(i).split(" ")[0]), heard.toString());
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
