package nl.triade.registry.http.instances;

import java.util.Locale;
import java.util.StringJoiner;

/** How long each phase of a round took, printed with the round: where a slow round spent its time. */
final class Phases {
    private final StringJoiner line;
    private long since = System.nanoTime();

    Phases(String round) {
        line = new StringJoiner(", ", round + ": ", "");
    }

    void done(String phase) {
        long now = System.nanoTime();
        line.add(String.format(Locale.ROOT, "%s %.1f s", phase, (now - since) / 1e9));
        since = now;
    }

    @Override
    public String toString() {
        return line.toString();
    }
}
