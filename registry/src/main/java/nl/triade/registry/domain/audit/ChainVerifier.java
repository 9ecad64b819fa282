package nl.triade.registry.domain.audit;

import java.util.List;

/**
 * Walks the whole log in pages and reports the first event whose hash, link to its predecessor
 * or sequence number does not hold. Detects edited rows, deleted rows and rows spliced in.
 */
public final class ChainVerifier {
    private static final int PAGE = 1000;

    public ChainVerification verify(EventLog log) {
        String previousHash = Event.GENESIS_HASH;
        long expectedSeq = 1;
        long checked = 0;
        List<Event> page = log.after(0, null, PAGE);
        while (!page.isEmpty()) {
            for (Event event : page) {
                if (event.seq() != expectedSeq) {
                    return ChainVerification.broken(checked, event.seq(), "expected event " + expectedSeq + " but found " + event.seq());
                }
                if (!event.previousHash().equals(previousHash)) {
                    return ChainVerification.broken(checked, event.seq(), "previousHash does not match the hash of the event before it");
                }
                if (!event.hash().equals(event.expectedHash())) {
                    return ChainVerification.broken(checked, event.seq(), "the event's content does not match its hash");
                }
                previousHash = event.hash();
                expectedSeq++;
                checked++;
            }
            page = log.after(page.get(page.size() - 1).seq(), null, PAGE);
        }
        return ChainVerification.intact(checked);
    }
}
