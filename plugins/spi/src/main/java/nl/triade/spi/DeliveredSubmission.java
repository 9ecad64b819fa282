package nl.triade.spi;

import java.util.Objects;

/**
 * A submission the Register received through this channel and has not yet decided on, as the host
 * hands it to {@link RegisterSubmitter#verdict}.
 *
 * @param submissionId      the submission id, also the idempotency key it was delivered under
 * @param registerReference the reference the Register gave on delivery
 * @param receipt           the receipt recorded on delivery
 */
public record DeliveredSubmission(String submissionId, String registerReference, String receipt) {

    public DeliveredSubmission {
        Objects.requireNonNull(submissionId, "submissionId");
    }
}
