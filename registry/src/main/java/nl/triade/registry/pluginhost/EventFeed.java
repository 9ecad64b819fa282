package nl.triade.registry.pluginhost;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.audit.Event;
import nl.triade.spi.EventListener;
import nl.triade.spi.EventSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the {@link EventListener} plugins about committed events, in chain order, by following the
 * audit log. Reading committed rows (rather than hooking into transactions) means a listener only
 * ever hears of what is durably stored. Each listener's position is stored after every event it
 * accepts, so a stop loses nothing and repeats at most the one event that was in flight; a listener
 * installed later starts at the end of the log as it stood when the server started with it. A listener that fails is retried on the same
 * event with a growing pause (never skipped: skipping would lose the event), and the others go on.
 * Called from one background thread.
 */
public final class EventFeed {
    private static final Logger LOG = LoggerFactory.getLogger(EventFeed.class);
    private static final int BATCH = 200;
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(10);
    private final PluginHost host;
    private final Transactions transactions;
    private final Duration firstPause;
    private final Map<String, Backoff> failing = new HashMap<>();

    public EventFeed(PluginHost host, Transactions transactions, Duration firstPause) {
        this.host = host;
        this.transactions = transactions;
        this.firstPause = firstPause;
        for (BoundExtension<EventListener> listener : host.extensions(EventListener.class)) {
            String key = key(listener);
            transactions.write(store -> {
                if (store.listenerPositions().of(key).isEmpty()) {
                    store.listenerPositions().set(key, store.events().last().map(Event::seq).orElse(0L));
                }
                return null;
            });
        }
    }

    private static String key(BoundExtension<EventListener> listener) {
        return listener.pluginId() + "/" + listener.extension().getClass().getName();
    }

    public void runOnce() {
        for (BoundExtension<EventListener> listener : host.extensions(EventListener.class)) {
            String key = key(listener);
            Backoff backoff = failing.get(key);
            if (backoff == null || backoff.due()) {
                feed(key, listener);
            }
        }
    }

    private void feed(String key, BoundExtension<EventListener> listener) {
        long after = transactions.read(store -> store.listenerPositions().of(key).orElse(0L));
        List<Event> events = transactions.read(store -> store.events().after(after, null, BATCH));
        for (Event event : events) {
            EventSnapshot snapshot = new EventSnapshot(event.seq(), event.at(), event.actor(), event.organisation(), event.type(),
                    event.document(), event.data(), event.hash());
            GuardedCalls.Outcome<Boolean> outcome = host.guard().call(() -> {
                listener.extension().onEvent(snapshot, listener.context());
                return Boolean.TRUE;
            });
            if (outcome.failed()) {
                Backoff backoff = failing.computeIfAbsent(key, k -> new Backoff(firstPause, LONGEST_PAUSE));
                backoff.failed();
                LOG.warn("event listener {} {} on event {}; retrying in {} ms", key, outcome.failure(), event.seq(),
                        backoff.pause().toMillis());
                return;
            }
            failing.remove(key);
            transactions.write(store -> {
                store.listenerPositions().set(key, event.seq());
                return null;
            });
        }
    }

    /** The pause before a failing listener is tried again: doubling from the first, up to the longest. */
    private static final class Backoff {
        private final Duration first;
        private final Duration longest;
        private Duration pause = Duration.ZERO;
        private long dueAt;

        Backoff(Duration first, Duration longest) {
            this.first = first;
            this.longest = longest;
        }

        void failed() {
            pause = pause.isZero() ? first : min(pause.multipliedBy(2), longest);
            dueAt = System.nanoTime() + pause.toNanos();
        }

        boolean due() {
            return System.nanoTime() - dueAt >= 0;
        }

        Duration pause() {
            return pause;
        }

        private static Duration min(Duration a, Duration b) {
            return a.compareTo(b) <= 0 ? a : b;
        }
    }
}
