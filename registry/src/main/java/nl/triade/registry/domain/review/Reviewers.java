package nl.triade.registry.domain.review;

import java.util.List;
import java.util.Set;
import nl.triade.registry.domain.document.DocumentView;

/**
 * The port to the automated reviewers (plugins). Called in the background, outside any
 * transaction, with a view that holds everything to judge; contains every failure of a reviewer (reporting it through {@code failures}),
 * never throws.
 */
public interface Reviewers {

    /** The organisations reviewer instances are configured for, besides the installation's own. */
    Set<String> organisations();

    /**
     * The comments of the installation's reviewer instances and of those configured for one of
     * {@code existing}; an instance configured for an organisation that does not exist is not called.
     */
    List<PluginComment> review(DocumentView document, Set<String> existing, ReviewFailures failures);

    /** Where a reviewer's failure is recorded: of which plugin, and the organisation it comments for (null when not known). */
    interface ReviewFailures {
        void failed(String pluginId, String organisation, String reason);
    }
}
