package nl.triade.registry.domain.audit;

import java.util.List;

/**
 * Walks the whole log in pages and reports the first event whose hash, link to its predecessor
 * or sequence number does not hold. Detects edited rows, deleted rows and rows spliced in. A chain
 * cut back or rewritten whole is consistent in itself; against a signed {@link Checkpoint} it is
 * not: the chain must reach the checkpoint's seq, and the event there must have the checkpoint's
 * hash. Last, the stored texts the events vouch for by digest must still be those texts.
 */
public final class ChainVerifier {
    private static final int PAGE = 1000;

    /** {@code checkpoint} is one whose signature has been checked already, or null. */
    public ChainVerification verify(EventLog log, StoredTexts texts, Checkpoint checkpoint) {
        AttestationLedger ledger = new AttestationLedger();
        String previousHash = Event.GENESIS_HASH;
        String hashAtCheckpoint = checkpoint != null && checkpoint.seq() == 0 ? Event.GENESIS_HASH : null;
        long expectedSeq = 1;
        long checked = 0;
        List<Event> page = log.after(0, null, PAGE);
        while (!page.isEmpty()) {
            for (Event event : page) {
                if (event.seq() != expectedSeq) {
                    return ChainVerification.broken(checked, event.seq(), ChainVerification.SEQUENCE_GAP,
                            "expected event " + expectedSeq + " but found " + event.seq());
                }
                if (!event.previousHash().equals(previousHash)) {
                    return ChainVerification.broken(checked, event.seq(), ChainVerification.BROKEN_LINK,
                            "previousHash does not match the hash of the event before it");
                }
                if (!event.hash().equals(event.expectedHash())) {
                    return ChainVerification.broken(checked, event.seq(), ChainVerification.ALTERED_EVENT,
                            "the event's content does not match its hash");
                }
                if (checkpoint != null && event.seq() == checkpoint.seq()) {
                    hashAtCheckpoint = event.hash();
                }
                ledger.add(event, checked);
                previousHash = event.hash();
                expectedSeq++;
                checked++;
            }
            page = log.after(page.get(page.size() - 1).seq(), null, PAGE);
        }
        ChainVerification verdict = checkpoint == null ? null : against(checkpoint, checked, hashAtCheckpoint);
        if (verdict == null) {
            verdict = ledger.compare(texts, checked);
        }
        return verdict == null ? ChainVerification.intact(checked) : verdict;
    }

    /** The checkpoint's verdict, or null when the chain still holds what it saw. */
    private static ChainVerification against(Checkpoint checkpoint, long checked, String hashAtCheckpoint) {
        if (hashAtCheckpoint == null) {
            return ChainVerification.broken(checked, checked + 1, ChainVerification.TRUNCATED, "the chain ends at event "
                    + checked + " but a checkpoint signed at " + checkpoint.at() + " saw event " + checkpoint.seq());
        }
        if (!hashAtCheckpoint.equals(checkpoint.hash())) {
            return ChainVerification.broken(checked, checkpoint.seq(), ChainVerification.REWRITTEN, "event " + checkpoint.seq()
                    + " does not have the hash the checkpoint signed at " + checkpoint.at() + " names: the chain up to it was rewritten");
        }
        return null;
    }
}
