package nl.triade.registry.domain.review;

import java.util.List;
import nl.triade.registry.domain.document.Document;

/**
 * The port to the automated reviewers (plugins). Called in the background, outside any
 * transaction; contains every failure of a reviewer (reporting it through {@code failures}),
 * never throws.
 */
public interface Reviewers {
    List<PluginComment> review(Document document, ReviewFailures failures);

    /** Where a reviewer's failure is recorded. */
    interface ReviewFailures {
        void failed(String pluginId, String reason);
    }
}
