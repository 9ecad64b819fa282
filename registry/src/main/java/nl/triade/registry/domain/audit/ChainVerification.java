package nl.triade.registry.domain.audit;

/** The outcome of walking the chain: how many events were checked and, if broken, where first and why. */
public record ChainVerification(boolean valid, long checked, Long brokenAt, String reason) {

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification broken(long checked, long seq, String reason) {
        return new ChainVerification(false, checked, seq, reason);
    }
}
