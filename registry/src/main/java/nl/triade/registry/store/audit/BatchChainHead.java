package nl.triade.registry.store.audit;

import java.util.function.Supplier;
import nl.triade.registry.domain.audit.ChainHead;

/**
 * The audit chain's head as the writes of one batch leave it, so only the batch's first event reads
 * it from the table: every later one follows the event the batch appended before it. Sound because
 * a batch holds the write lock from its first statement to its commit, so nothing else appends
 * meanwhile; a write undone to its savepoint takes the head back to where it stood ({@link #mark},
 * {@link #resetTo}). Reads outside a batch use {@link #unknown()}, which never remembers.
 */
public final class BatchChainHead {
    private final boolean remembers;
    /** Null while not known: not read, nor appended to, in this batch. */
    private ChainHead known;

    private BatchChainHead(boolean remembers) {
        this.remembers = remembers;
    }

    /** For one batch, from its start to its commit. */
    public static BatchChainHead forBatch() {
        return new BatchChainHead(true);
    }

    /** For a read on its own: always read from the table. */
    public static BatchChainHead unknown() {
        return new BatchChainHead(false);
    }

    ChainHead head(Supplier<ChainHead> read) {
        if (known != null) {
            return known;
        }
        ChainHead head = read.get();
        if (remembers) {
            known = head;
        }
        return head;
    }

    void appended(ChainHead head) {
        if (remembers) {
            known = head;
        }
    }

    /** Where the head stands now (null: not known yet), to go back to if the write that follows is undone. */
    public ChainHead mark() {
        return known;
    }

    public void resetTo(ChainHead mark) {
        known = mark;
    }
}
