package nl.triade.spi;

import org.pf4j.ExtensionPoint;

/**
 * Hears about every committed audit event, after the commit, in chain order, on a background
 * thread and with a time limit. Delivery is at least once: the host stores how far each listener
 * got after every event it accepted, so after a crash the event that was in flight may come again;
 * {@link EventSnapshot#seq()} tells a repeat apart. A listener that throws or times out gets the
 * same event again after a growing pause (events are never skipped), and the registry is not
 * affected. A listener installed later starts with the events committed after its first start.
 * Do not block for long: events queue up behind a slow listener.
 */
public interface EventListener extends ExtensionPoint, Configurable {

    void onEvent(EventSnapshot event, PluginContext context);
}
