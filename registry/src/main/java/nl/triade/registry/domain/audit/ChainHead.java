package nl.triade.registry.domain.audit;

/** The newest event's place in the chain: what the next event's sequence number and previous hash follow from. */
public record ChainHead(long seq, String hash) {
    /** The head of a log without events: the first event follows it, as seq 1 after the genesis hash. */
    public static final ChainHead GENESIS = new ChainHead(0, Event.GENESIS_HASH);
}
