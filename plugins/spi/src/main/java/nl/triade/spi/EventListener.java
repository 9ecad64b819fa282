package nl.triade.spi;

import org.pf4j.ExtensionPoint;

/**
 * Hears about every committed audit event, after the commit, in chain order, on a background
 * thread and with a time limit. Failures are logged and do not affect the registry. Do not block
 * for long: events queue up behind a slow listener.
 */
public interface EventListener extends ExtensionPoint, Configurable {

    void onEvent(EventSnapshot event, PluginContext context);
}
