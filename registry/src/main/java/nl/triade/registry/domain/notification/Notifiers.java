package nl.triade.registry.domain.notification;

import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

/**
 * The port to the notifier plugins, one per channel. Called outside any transaction; every failure
 * of a plugin is contained: {@code targetProblem} reports it as a problem, {@code deliver} as a retry.
 */
public interface Notifiers {
    /** The channels that are installed and configured. */
    Set<String> channels();

    /** Why the channel cannot send to {@code target}; empty when it can. */
    Optional<String> targetProblem(String channel, String target);

    /** For a digest channel, the time of day (Europe/Amsterdam) its gathered events go out; empty: each at once. Asks no plugin. */
    Optional<LocalTime> digestTime(String channel);

    NotifyResult deliver(Outgoing outgoing);
}
