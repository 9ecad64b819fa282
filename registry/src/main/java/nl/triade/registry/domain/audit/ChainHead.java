package nl.triade.registry.domain.audit;

/** The newest event's place in the chain: what the next event's sequence number and previous hash follow from. */
public record ChainHead(long seq, String hash) {
}
