package nl.triade.spi;

import org.pf4j.ExtensionPoint;

/**
 * Delivers a final document to the Register through one channel (the plugin's id is the channel
 * name). The host's submission worker calls it outside any transaction, with a time limit, and
 * retries with backoff until it reports {@code DELIVERED} or {@code PERMANENT_FAILURE}. The same
 * submission may be offered more than once (after a crash or a timeout), always with the same
 * {@link SubmissionPackage#submissionId()}: pass it on as an idempotency key so the Register
 * records it once. May do remote I/O; called for one submission at a time.
 */
public interface RegisterSubmitter extends ExtensionPoint, Configurable {

    SubmissionResult submit(SubmissionPackage submission, PluginContext context);

    /**
     * Asked, with the same time limit and at growing intervals (at most ten minutes apart), for the
     * Register's decision on a submission this channel delivered, until it reports one or an
     * administrator records it. The host records {@code ACCEPTED} or {@code REJECTED} as the outcome,
     * exactly like {@code POST /submissions/{sid}/outcome}, with {@code plugin:<id>} as the actor.
     * The default is for channels that never learn the decision (an administrator records it).
     *
     * @since SPI 1.1.0
     */
    default RegisterVerdict verdict(DeliveredSubmission submission, PluginContext context) {
        return RegisterVerdict.undecided();
    }
}
