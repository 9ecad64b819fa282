package nl.triade.plugins.misbehaving;

import java.util.List;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.PluginContext;
import nl.triade.spi.ReviewComment;
import nl.triade.spi.Reviewer;
import org.pf4j.Extension;

/** A reviewer that takes a minute to answer, to show that opening a consultation never waits for reviewers. */
@Extension
public final class HangingReviewer implements Reviewer {

    @Override
    public List<ReviewComment> review(DocumentSnapshot document, PluginContext context) {
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of(ReviewComment.general("too late"));
    }
}
