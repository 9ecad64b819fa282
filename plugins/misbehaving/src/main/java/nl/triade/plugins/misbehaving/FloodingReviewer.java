package nl.triade.plugins.misbehaving;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.PluginContext;
import nl.triade.spi.ReviewComment;
import nl.triade.spi.Reviewer;
import org.pf4j.Extension;

/** Answers with far more comments, and far longer ones, than anyone could answer; only called when setting {@code flood} is set. */
@Extension
public final class FloodingReviewer implements Reviewer {

    @Override
    public Set<String> requiredSettings() {
        return Set.of(ORGANISATION, "flood");
    }

    @Override
    public List<ReviewComment> review(DocumentSnapshot document, PluginContext context) {
        return Collections.nCopies(600, ReviewComment.general("x".repeat(30_000)));
    }
}
