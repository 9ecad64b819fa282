package nl.triade.registry.domain.audit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.triade.registry.domain.audit.TextAttestations.Attested;

/**
 * What the chain says each covered text is, gathered while walking it, and then held against the
 * stored rows: an edited, removed or smuggled-in text no longer matches what its event vouched for.
 */
final class AttestationLedger {
    private final Map<String, Entry> texts = new HashMap<>();
    private ChainVerification conflict;

    private record Entry(long seq, String sha256) {
    }

    /** Notes what {@code event} vouches for; an event that contradicts an earlier one on an unchangeable text is remembered. */
    void add(Event event, long checked) {
        for (Attested text : TextAttestations.of(event)) {
            Entry earlier = texts.get(text.record());
            if (earlier != null && text.fixed()) {
                if (conflict == null && !Objects.equals(earlier.sha256(), text.sha256())) {
                    conflict = ChainVerification.broken(checked, event.seq(), ChainVerification.STORED_TEXT_ALTERED,
                            "event " + event.seq() + " vouches for another " + text.record() + " than event " + earlier.seq());
                }
            } else {
                texts.put(text.record(), new Entry(event.seq(), text.sha256()));
            }
        }
    }

    /** The first stored text that does not match the chain, or null when all do. */
    ChainVerification compare(StoredTexts stored, long checked) {
        if (conflict != null) {
            return conflict;
        }
        Set<String> seen = new HashSet<>();
        ChainVerification[] first = {null};
        stored.forEach(text -> {
            seen.add(text.record());
            Entry expected = texts.get(text.record());
            String actual = TextAttestations.sha256(text.text());
            if (first[0] == null && !Objects.equals(expected == null ? null : expected.sha256(), actual)) {
                first[0] = expected == null
                        ? ChainVerification.broken(checked, null, ChainVerification.STORED_TEXT_ALTERED,
                                text.record() + " is stored but no event ever recorded it")
                        : ChainVerification.broken(checked, expected.seq(), ChainVerification.STORED_TEXT_ALTERED,
                                text.record() + " is not the text event " + expected.seq() + " recorded");
            }
        });
        if (first[0] != null) {
            return first[0];
        }
        return texts.entrySet().stream()
                .filter(entry -> entry.getValue().sha256() != null && !seen.contains(entry.getKey()))
                .findFirst()
                .map(entry -> ChainVerification.broken(checked, entry.getValue().seq(), ChainVerification.STORED_TEXT_ALTERED,
                        entry.getKey() + " was recorded by event " + entry.getValue().seq() + " but is no longer stored"))
                .orElse(null);
    }
}
