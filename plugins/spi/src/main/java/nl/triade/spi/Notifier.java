package nl.triade.spi;

import java.time.LocalTime;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Tells an organisation's subscribers about events through one channel; the plugin's id is the
 * channel's name (for example {@code webhook}), and an org-admin names it in a subscription. The
 * host, not the plugin, decides what reaches whom: it matches committed events against each
 * subscription (what it follows, which kinds, whether the organisation may read the document) and
 * keeps a durable outbox row per subscription and event, so the plugin only delivers.
 *
 * <p>The host calls {@link #deliver} outside any transaction, with a time limit, from one background
 * thread, one notification at a time per subscription and in event order. A notification that was not
 * confirmed (a crash, a time-out, {@link NotificationResult#retryLater}) is offered again, later, with
 * the same {@link Notification#deliveryId()}: hand it on so that the receiver can drop a repeat. May
 * do remote I/O; an exception is a fault of the plugin and is retried like {@code retryLater}.
 *
 * @since SPI 1.8.0
 */
public interface Notifier extends ExtensionPoint, Configurable {

    /**
     * Why {@code target} (a URL, mail addresses: whatever this channel sends to) cannot be used, for
     * the org-admin who subscribes with it; empty when it can. Asked when a subscription is created,
     * with the plugin's time limit; the reason is shown to that org-admin, so it must name the rule,
     * not echo secrets. The default accepts every target.
     */
    default Optional<String> targetProblem(String target, PluginContext context) {
        return Optional.empty();
    }

    /**
     * For a digest channel, the time of day (in the Netherlands) at which the host hands over each
     * subscription's events gathered since the last digest, as one notification, once a day; empty
     * (the default) delivers every event on its own, as soon as it is matched. Asked once, when the
     * host starts. The registry's clock decides when the time has come; the gathered events are stored,
     * so a restart neither loses a digest nor sends one twice (a digest cut off in flight comes again
     * under the same delivery id).
     *
     * @since SPI 1.9.0
     */
    default Optional<LocalTime> digestTime(PluginContext context) {
        return Optional.empty();
    }

    /** Delivers {@code notification}; expected outcomes are values (see {@link NotificationResult}). */
    NotificationResult deliver(Notification notification, PluginContext context);
}
