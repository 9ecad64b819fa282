package nl.triade.registry.domain.audit;

/**
 * The outcome of walking the chain: how many events were checked and, if broken, where first, a
 * stable {@code failure} code clients may branch on, and a sentence saying why.
 */
public record ChainVerification(boolean valid, long checked, Long brokenAt, String failure, String reason) {
    /** An event's seq is not the one after its predecessor's: a row was deleted or spliced in. */
    public static final String SEQUENCE_GAP = "sequence-gap";
    /** An event's previousHash is not its predecessor's hash. */
    public static final String BROKEN_LINK = "broken-link";
    /** An event's fields no longer hash to its stored hash: the row was edited. */
    public static final String ALTERED_EVENT = "altered-event";
    /** The chain ends before the seq a signed checkpoint saw. */
    public static final String TRUNCATED = "truncated";
    /** The event at a signed checkpoint's seq no longer has the hash the checkpoint names. */
    public static final String REWRITTEN = "rewritten";
    /** A stored text (comment body or answer, approval motivation, revision note) is not the one its event recorded. */
    public static final String STORED_TEXT_ALTERED = "stored-text-altered";

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null, null);
    }

    static ChainVerification broken(long checked, Long seq, String failure, String reason) {
        return new ChainVerification(false, checked, seq, failure, reason);
    }
}
