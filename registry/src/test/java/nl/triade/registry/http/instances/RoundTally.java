package nl.triade.registry.http.instances;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.function.Executable;

/** How the rounds of a loop went: the figure the acceptance asks for (passes out of rounds, and the time of a round). */
final class RoundTally {
    private record Round(boolean passed, Duration took) {
    }

    private final List<Round> rounds = new ArrayList<>();

    /** Runs {@code round}, counts it as passed or failed, and rethrows its failure. */
    synchronized void time(Executable round) throws Throwable {
        long start = System.nanoTime();
        boolean passed = false;
        try {
            round.execute();
            passed = true;
        } finally {
            rounds.add(new Round(passed, Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    synchronized String figure() {
        long passed = rounds.stream().filter(Round::passed).count();
        List<Duration> times = rounds.stream().map(Round::took).sorted().toList();
        if (times.isEmpty()) {
            return "two instances: no round ran";
        }
        return String.format(Locale.ROOT, "two instances: %d of %d rounds passed; a round took %s (fastest %s, slowest %s)",
                passed, rounds.size(), seconds(times.get(times.size() / 2)), seconds(times.get(0)), seconds(times.get(times.size() - 1)));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
