package nl.triade.spi;

import java.util.Objects;

/**
 * What a {@link RegisterSubmitter} learned of the Register's decision on a delivered submission.
 *
 * @param decision  undecided (ask again later), accepted or rejected
 * @param reference the Register's reference, when accepted (null keeps the one from delivery)
 * @param reason    why, when rejected
 */
public record RegisterVerdict(Decision decision, String reference, String reason) {

    /** The Register's decision, as far as the channel can tell. */
    public enum Decision {
        UNDECIDED, ACCEPTED, REJECTED
    }

    public RegisterVerdict {
        Objects.requireNonNull(decision, "decision");
    }

    public static RegisterVerdict undecided() {
        return new RegisterVerdict(Decision.UNDECIDED, null, null);
    }

    public static RegisterVerdict accepted(String reference) {
        return new RegisterVerdict(Decision.ACCEPTED, reference, null);
    }

    public static RegisterVerdict rejected(String reason) {
        return new RegisterVerdict(Decision.REJECTED, null, reason);
    }
}
