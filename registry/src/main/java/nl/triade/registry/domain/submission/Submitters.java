package nl.triade.registry.domain.submission;

import java.util.Set;

/**
 * The port to the submitter plugins, one per channel. {@code deliver} is called outside any
 * transaction and must contain every failure of a plugin as a {@code RETRY} result, never throw.
 */
public interface Submitters {
    Set<String> channels();

    DeliveryResult deliver(Outbound outbound);
}
