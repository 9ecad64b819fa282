package nl.triade.registry.http.notification;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.notification.EventKind;
import nl.triade.registry.domain.notification.Follows;
import nl.triade.registry.domain.notification.SubscriptionTerms;
import nl.triade.registry.http.InputCheck;

/** Body of {@code POST /organisations/{slug}/subscriptions} (schema {@code SubscriptionInput}). */
record SubscriptionInput(String channel, String target, List<EventKind> kinds, FollowsInput follows) {
    static final int MAX_TARGET = 2_000;
    static final int MAX_CONDITIONS = 20;
    static final int MAX_CONDITION = 200;
    static final int MAX_DOCUMENTS = 50;

    /** Schema {@code SubscriptionFollows}; absent, a subscription follows the documents its organisation takes part in. */
    record FollowsInput(List<String> conditions, Boolean participating, List<String> documents) {
    }

    SubscriptionTerms validated() {
        InputCheck check = new InputCheck()
                .required("channel", channel).maxLength("channel", channel, 100)
                .required("target", target).maxLength("target", target, MAX_TARGET);
        if (kinds == null || kinds.isEmpty()) {
            check.violation("kinds", Rule.REQUIRED, "name at least one kind of event");
        } else if (kinds.contains(null) || new HashSet<>(kinds).size() < kinds.size()) {
            check.violation("kinds", Rule.INVALID, "each kind once");
        }
        FollowsInput given = follows == null ? new FollowsInput(List.of(), true, List.of()) : follows;
        List<String> conditions = given.conditions() == null ? List.of() : given.conditions();
        List<String> documents = given.documents() == null ? List.of() : given.documents();
        boolean participating = Boolean.TRUE.equals(given.participating());
        if (conditions.size() > MAX_CONDITIONS) {
            check.violation("follows.conditions", Rule.MAX_ITEMS, "at most " + MAX_CONDITIONS + " conditions");
        }
        for (int i = 0; i < Math.min(conditions.size(), MAX_CONDITIONS); i++) {
            check.required("follows.conditions[" + i + "]", conditions.get(i))
                    .maxLength("follows.conditions[" + i + "]", conditions.get(i), MAX_CONDITION);
        }
        if (documents.size() > MAX_DOCUMENTS) {
            check.violation("follows.documents", Rule.MAX_ITEMS, "at most " + MAX_DOCUMENTS + " documents");
        }
        for (int i = 0; i < Math.min(documents.size(), MAX_DOCUMENTS); i++) {
            check.required("follows.documents[" + i + "]", documents.get(i))
                    .maxLength("follows.documents[" + i + "]", documents.get(i), MAX_CONDITION);
        }
        boolean followsNothing = conditions.isEmpty() && documents.isEmpty() && !participating;
        if (followsNothing && kinds != null && kinds.stream().anyMatch(kind -> kind != EventKind.DECISION_NEEDED)) {
            check.violation("follows", Rule.REQUIRED, "follow a condition, a document or the documents the organisation "
                    + "takes part in; only decision-needed needs none");
        }
        check.check();
        return new SubscriptionTerms(channel.strip(), target.strip(), Set.copyOf(kinds),
                new Follows(conditions.stream().map(String::strip).distinct().toList(), participating,
                        documents.stream().distinct().toList()));
    }
}
