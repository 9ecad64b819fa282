package nl.triade.registry.app;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.triade.registry.domain.lease.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background work that runs in rounds (deliveries, the event feed, closing consultations,
 * overdue tijdpaden, agenda deadlines): each starts at once and then after every pause. A round that throws is logged
 * and the next round tries again, because a scheduled task that throws is never run again.
 * Several instances on one database each run every round; the rounds that must run on one
 * instance at a time run {@link #once}, under a lease named after them.
 */
final class Rounds {
    private static final Logger LOG = LoggerFactory.getLogger(Rounds.class);
    private final ScheduledExecutorService executor;
    private final Duration pause;
    private final Leases leases;

    Rounds(ScheduledExecutorService executor, Duration pause, Leases leases) {
        this.executor = executor;
        this.pause = pause;
        this.leases = leases;
    }

    /** A round that runs on the instance holding the lease {@code what}, and is skipped on the others. */
    void once(String what, Runnable round) {
        every(what, () -> {
            if (leases.hold(what)) {
                round.run();
            }
        });
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
