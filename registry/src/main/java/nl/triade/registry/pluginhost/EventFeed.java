package nl.triade.registry.pluginhost;

import java.util.List;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.audit.Event;
import nl.triade.spi.EventListener;
import nl.triade.spi.EventSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the {@link EventListener} plugins about committed events, in chain order, by following the
 * audit log from where it stood at start-up. Reading committed rows (rather than hooking into
 * transactions) means a listener only ever hears of what is durably stored. Called from one
 * background thread; a failing listener is logged and skipped for that event.
 */
public final class EventFeed {
    private static final Logger LOG = LoggerFactory.getLogger(EventFeed.class);
    private static final int BATCH = 200;
    private final PluginHost host;
    private final Transactions transactions;
    private long after;

    public EventFeed(PluginHost host, Transactions transactions) {
        this.host = host;
        this.transactions = transactions;
        this.after = transactions.read(store -> store.events().last().map(Event::seq).orElse(0L));
    }

    public void runOnce() {
        List<BoundExtension<EventListener>> listeners = host.extensions(EventListener.class);
        if (listeners.isEmpty()) {
            return;
        }
        List<Event> events = transactions.read(store -> store.events().after(after, null, BATCH));
        for (Event event : events) {
            EventSnapshot snapshot = new EventSnapshot(event.seq(), event.at(), event.actor(), event.organisation(), event.type(),
                    event.document(), event.data(), event.hash());
            for (BoundExtension<EventListener> listener : listeners) {
                GuardedCalls.Outcome<Boolean> outcome = host.guard().call(() -> {
                    listener.extension().onEvent(snapshot, listener.context());
                    return Boolean.TRUE;
                });
                if (outcome.failed()) {
                    LOG.warn("event listener {} {} on event {}", listener.pluginId(), outcome.failure(), event.seq());
                }
            }
            after = event.seq();
        }
    }
}
