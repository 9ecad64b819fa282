package nl.triade.registry.app;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background work that runs in rounds (deliveries, the event feed, closing consultations,
 * overdue tijdpaden, agenda deadlines): each starts at once and then after every pause. A round that throws is logged
 * and the next round tries again, because a scheduled task that throws is never run again.
 */
final class Rounds {
    private static final Logger LOG = LoggerFactory.getLogger(Rounds.class);
    private final ScheduledExecutorService executor;
    private final Duration pause;

    Rounds(ScheduledExecutorService executor, Duration pause) {
        this.executor = executor;
        this.pause = pause;
    }

    void every(String what, Runnable round) {
        executor.scheduleWithFixedDelay(() -> {
            try {
                round.run();
            } catch (RuntimeException e) {
                LOG.warn("{} failed, retrying on the next round", what, e);
            }
        }, 0, pause.toMillis(), TimeUnit.MILLISECONDS);
    }
}
