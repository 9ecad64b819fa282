package nl.triade.registry.domain.submission;

import java.util.Optional;
import java.util.Set;

/**
 * The port to the submitter plugins, one per channel. {@code deliver} is called outside any
 * transaction and must contain every failure of a plugin as a {@code RETRY} result, never throw.
 */
public interface Submitters {
    Set<String> channels();

    DeliveryResult deliver(Outbound outbound);

    /**
     * The Register's decision on a sent submission, if its channel can tell: empty while undecided,
     * for channels that never learn it, and when the plugin fails (it is asked again later).
     */
    Optional<ReportedVerdict> verdict(Submission sent);
}
