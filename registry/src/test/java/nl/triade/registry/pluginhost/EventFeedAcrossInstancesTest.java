package nl.triade.registry.pluginhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.triade.registry.http.Parties;
import nl.triade.registry.http.RunningRegistry;
import nl.triade.registry.http.support.Eventually;
import org.junit.jupiter.api.Test;

/**
 * Two instances of one registry on one database (issue 13): both run the event feed, and a
 * listener still hears each event once. Read after a marker event, as in {@code EventListenerTest}:
 * the feed hears in chain order, so anything heard twice stands before the marker.
 */
class EventFeedAcrossInstancesTest {
    private static final int ORGANISATIONS = 30;

    @Test
    void aListenerHearsEachEventOnceWhileTwoInstancesFollowTheLog() throws Exception {
        Path file = Files.createTempFile("triade-events", ".txt");
        Map<String, String> environment = Map.of("TRIADE_PLUGIN_EVENT_RECORDER_FILE", file.toString(),
                "TRIADE_SUBMISSION_POLL_MS", "20");
        try (RunningRegistry first = RunningRegistry.start(false, environment, "event-recorder");
             RunningRegistry second = first.secondInstance()) {
            Parties onFirst = new Parties(first);
            Parties onSecond = new Parties(second);
            for (int i = 0; i < ORGANISATIONS; i++) {
                (i % 2 == 0 ? onFirst : onSecond).organisation("partij-" + i, "patient");
            }
            onSecond.accountId("partij-0", "member");

            Eventually.until("the listener heard the marker", () -> lines(file).stream().anyMatch(line -> line.endsWith(" account.created")));
            List<String> heard = lines(file);
            Map<String, Long> times = heard.stream().collect(Collectors.groupingBy(line -> line, Collectors.counting()));
            assertEquals(List.of(), times.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).sorted().toList(),
                    "events heard more than once");
            assertEquals(ORGANISATIONS, heard.stream().filter(line -> line.endsWith(" organisation.created")).count());
        }
    }

    @Test
    void whenTheInstanceFeedingTheListenersStopsTheOtherTakesOverOnceTheLeaseRunsOut() throws Exception {
        Path file = Files.createTempFile("triade-events", ".txt");
        Map<String, String> environment = Map.of("TRIADE_PLUGIN_EVENT_RECORDER_FILE", file.toString(),
                "TRIADE_SUBMISSION_POLL_MS", "20");
        RunningRegistry first = RunningRegistry.start(false, environment, "event-recorder");
        new Parties(first).organisation("eerste", "patient");
        // heard before the second instance starts: the first holds the feed's lease
        Eventually.until("the first instance fed the listener", () -> lines(file).size() == 1);
        try (RunningRegistry second = first.secondInstance()) {
            first.close();
            new Parties(second).organisation("tweede", "patient");

            second.clock().advance(Duration.ofSeconds(61));

            Eventually.until("the second instance took the feed over", () -> lines(file).size() == 2);
            assertTrue(lines(file).get(1).endsWith(" organisation.created"), lines(file).toString());
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
