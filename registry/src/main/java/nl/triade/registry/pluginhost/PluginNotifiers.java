package nl.triade.registry.pluginhost;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.triade.registry.domain.WireNames;
import nl.triade.registry.domain.notification.Notifiers;
import nl.triade.registry.domain.notification.NotifyResult;
import nl.triade.registry.domain.notification.Outgoing;
import nl.triade.spi.Notification;
import nl.triade.spi.NotificationResult;
import nl.triade.spi.Notifier;

/**
 * The {@link Notifiers} port on top of the plugins: one channel per configured {@link Notifier},
 * named by its plugin id. Whatever a notifier does wrong while delivering becomes a {@code RETRY}
 * (the receiver may well have it; its delivery id makes a second offer safe); a target check that
 * fails refuses the target, since nobody could say it is safe. Answers are translated inside the
 * guarded call, exhaustively over the SPI's enum.
 */
public final class PluginNotifiers implements Notifiers {
    private final PluginHost host;
    private final Map<String, Optional<LocalTime>> digestTimes = new HashMap<>();

    /** Asks each notifier once, now, whether it is a digest channel; one whose answer fails sends each event at once. */
    public PluginNotifiers(PluginHost host) {
        this.host = host;
        for (BoundExtension<Notifier> notifier : host.extensions(Notifier.class)) {
            GuardedCalls.Outcome<Optional<LocalTime>> outcome = host.call(notifier,
                    () -> notifier.extension().digestTime(notifier.context()));
            digestTimes.put(notifier.pluginId(), outcome.failed() ? Optional.empty() : outcome.value());
        }
    }

    @Override
    public Optional<LocalTime> digestTime(String channel) {
        return digestTimes.getOrDefault(channel, Optional.empty());
    }

    @Override
    public Set<String> channels() {
        Set<String> channels = new LinkedHashSet<>();
        host.extensions(Notifier.class).forEach(notifier -> channels.add(notifier.pluginId()));
        return channels;
    }

    @Override
    public Optional<String> targetProblem(String channel, String target) {
        Optional<BoundExtension<Notifier>> notifier = notifier(channel);
        if (notifier.isEmpty()) {
            return Optional.of("channel '" + channel + "' is not loaded or not configured");
        }
        GuardedCalls.Outcome<Optional<String>> outcome = host.call(notifier.get(),
                () -> notifier.get().extension().targetProblem(target, notifier.get().context())
                        .map(problem -> PluginOutput.clip(problem, PluginOutput.TEXT)));
        return outcome.failed() ? Optional.of("the channel's check of the target " + outcome.failure()) : outcome.value();
    }

    @Override
    public NotifyResult deliver(Outgoing outgoing) {
        String channel = outgoing.subscription().terms().channel();
        Optional<BoundExtension<Notifier>> notifier = notifier(channel);
        if (notifier.isEmpty()) {
            return NotifyResult.retry("channel '" + channel + "' is not loaded or not configured");
        }
        Notification notification = new Notification(outgoing.delivery().id(), outgoing.subscription().id(),
                outgoing.subscription().organisation(), outgoing.subscription().terms().target(), outgoing.secret(),
                outgoing.events().stream().map(notified -> new Notification.NotifiedEvent(WireNames.of(notified.kind()),
                        Snapshots.of(notified.event()))).toList());
        GuardedCalls.Outcome<NotifyResult> outcome = host.call(notifier.get(),
                () -> result(notifier.get().extension().deliver(notification, notifier.get().context())));
        return outcome.failed() ? NotifyResult.retry("the channel " + outcome.failure()) : outcome.value();
    }

    /** The notifier's answer, its reason clipped; null (against the contract) stays null, for the guard to report. */
    private static NotifyResult result(NotificationResult result) {
        if (result == null) {
            return null;
        }
        NotifyResult.Outcome outcome = switch (result.outcome()) {
            case DELIVERED -> NotifyResult.Outcome.DELIVERED;
            case PERMANENT_FAILURE -> NotifyResult.Outcome.PERMANENT_FAILURE;
            case RETRY -> NotifyResult.Outcome.RETRY;
        };
        return new NotifyResult(outcome, PluginOutput.clip(result.reason(), PluginOutput.TEXT), result.retryAfter());
    }

    private Optional<BoundExtension<Notifier>> notifier(String channel) {
        return host.extensions(Notifier.class).stream().filter(candidate -> candidate.pluginId().equals(channel)).findFirst();
    }
}
