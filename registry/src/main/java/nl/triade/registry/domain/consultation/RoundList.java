package nl.triade.registry.domain.consultation;

import java.util.List;

/** A document's consultation rounds as a reader may see them, and how many comments were made outside any of them. */
public record RoundList(List<RoundSummary> rounds, int commentsOutside) {
    public RoundList {
        rounds = List.copyOf(rounds);
    }
}
