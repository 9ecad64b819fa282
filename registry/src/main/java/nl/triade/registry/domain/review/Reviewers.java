package nl.triade.registry.domain.review;

import java.util.List;
import nl.triade.registry.domain.document.DocumentView;

/**
 * The port to the automated reviewers (plugins). Called in the background, outside any
 * transaction, with a view that holds everything to judge; contains every failure of a reviewer (reporting it through {@code failures}),
 * never throws.
 */
public interface Reviewers {
    List<PluginComment> review(DocumentView document, ReviewFailures failures);

    /** Where a reviewer's failure is recorded. */
    interface ReviewFailures {
        void failed(String pluginId, String reason);
    }
}
