package nl.triade.registry.pluginhost;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.triade.registry.domain.Backoff;
import nl.triade.registry.domain.audit.Event;
import nl.triade.registry.domain.audit.EventSubscriptions;
import nl.triade.registry.domain.lease.Leases;
import nl.triade.spi.EventListener;
import nl.triade.spi.EventSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the {@link EventListener} plugins about committed events, in chain order, by following the
 * audit log. Reading committed rows (rather than hooking into transactions) means a listener only
 * ever hears of what is durably stored. Each listener's position is stored (by the domain's
 * {@link EventSubscriptions}) after every event it accepts, so a stop loses nothing and repeats at
 * most the one event that was in flight; a listener installed later starts at the end of the log
 * as it stood when the server started with it. A listener that fails is offered the same event
 * again after a growing pause (never skipped: skipping would lose the event), and the others go
 * on. Called from one background thread.
 *
 * <p>Several instances on one database each run a feed, and yet a listener hears each event once:
 * only the instance that holds the lease {@value #LEASE} offers events, and it makes sure it still
 * holds it before each offer (a lease outlasts twice a plugin call), so another instance takes over
 * only from one that stopped or died; that one may have been offered an event it did not yet
 * mark as accepted, which is then offered again, as after a crash.
 */
public final class EventFeed {
    private static final Logger LOG = LoggerFactory.getLogger(EventFeed.class);
    /** The lease that names the one instance that feeds the listeners. */
    public static final String LEASE = "event feed";
    private static final int BATCH = 200;
    private final PluginHost host;
    private final Leases leases;
    private final EventSubscriptions subscriptions;
    private final Backoff backoff;
    private final Clock clock;
    private final Map<String, Failing> failing = new HashMap<>();

    /** A listener that failed {@code times} in a row, not to be tried before {@code dueAt}. */
    private record Failing(int times, Instant dueAt) {
    }

    public EventFeed(PluginHost host, EventSubscriptions subscriptions, Leases leases, Backoff backoff, Clock clock) {
        this.host = host;
        this.leases = leases;
        this.subscriptions = subscriptions;
        this.backoff = backoff;
        this.clock = clock;
    }

    /**
     * Takes each listener's place in the log, once the start has written what it writes before serving (the first
     * administrator, the demo data): a listener new to the registry hears from the end of the log as it stands then,
     * anything committed after. Before the first round and before the first request.
     */
    public void subscribe() {
        for (BoundExtension<EventListener> listener : host.extensions(EventListener.class)) {
            subscriptions.subscribe(key(listener));
        }
    }

    private static String key(BoundExtension<EventListener> listener) {
        return listener.pluginId() + "/" + listener.extension().getClass().getName();
    }

    /**
     * How many events each listener plugin is behind the head of the chain (a plugin with several
     * listeners: its furthest behind), read from the stored positions: the same on every instance,
     * whichever holds the feed's lease.
     */
    public Map<String, Long> lag() {
        List<BoundExtension<EventListener>> listeners = host.extensions(EventListener.class);
        if (listeners.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> behind = subscriptions.behind(listeners.stream().map(EventFeed::key).toList());
        Map<String, Long> perPlugin = new TreeMap<>();
        listeners.forEach(listener -> perPlugin.merge(listener.pluginId(), behind.get(key(listener)), Math::max));
        return perPlugin;
    }

    public void runOnce() {
        for (BoundExtension<EventListener> listener : host.extensions(EventListener.class)) {
            String key = key(listener);
            Failing failed = failing.get(key);
            if (failed == null || !clock.instant().isBefore(failed.dueAt())) {
                feed(key, listener);
            }
        }
    }

    private void feed(String key, BoundExtension<EventListener> listener) {
        for (Event event : subscriptions.pending(key, BATCH)) {
            if (!leases.hold(LEASE)) {
                return;
            }
            EventSnapshot snapshot = Snapshots.of(event);
            GuardedCalls.Outcome<Boolean> outcome = host.call(listener, () -> {
                listener.extension().onEvent(snapshot, listener.context());
                return Boolean.TRUE;
            });
            if (outcome.failed()) {
                int times = failing.containsKey(key) ? failing.get(key).times() + 1 : 1;
                Duration pause = backoff.after(times);
                failing.put(key, new Failing(times, clock.instant().plus(pause)));
                LOG.warn("event listener {} {} on event {}; offered again in {} ms", key, outcome.failure(), event.seq(),
                        pause.toMillis());
                return;
            }
            failing.remove(key);
            subscriptions.accepted(key, event.seq());
        }
    }
}
