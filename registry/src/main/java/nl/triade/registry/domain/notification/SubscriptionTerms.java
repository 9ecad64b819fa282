package nl.triade.registry.domain.notification;

import java.util.Set;

/** What an org-admin asks for when it subscribes: a channel and its target, the kinds of events and what it follows. */
public record SubscriptionTerms(String channel, String target, Set<EventKind> kinds, Follows follows) {

    public SubscriptionTerms {
        kinds = Set.copyOf(kinds);
    }
}
