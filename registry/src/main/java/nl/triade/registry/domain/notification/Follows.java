package nl.triade.registry.domain.notification;

import java.util.List;

/**
 * What a subscription follows: documents on any of {@code conditions} (aandoeningen, compared
 * without regard to case), every document its organisation takes part in when {@code participating},
 * and the documents named in {@code documents}. An event matches when it is about any of them.
 */
public record Follows(List<String> conditions, boolean participating, List<String> documents) {

    public Follows {
        conditions = List.copyOf(conditions);
        documents = List.copyOf(documents);
    }

    /** Whether a document on {@code condition} (null: none) follows by condition. */
    boolean followsCondition(String condition) {
        return condition != null && conditions.stream().anyMatch(followed -> followed.equalsIgnoreCase(condition.strip()));
    }
}
