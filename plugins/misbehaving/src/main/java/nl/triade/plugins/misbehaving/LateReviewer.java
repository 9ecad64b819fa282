package nl.triade.plugins.misbehaving;

import java.util.List;
import java.util.Set;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.PluginContext;
import nl.triade.spi.ReviewComment;
import nl.triade.spi.Reviewer;
import org.pf4j.Extension;

/**
 * Answers within its time limit but only after setting {@code late-ms} milliseconds, so a test can
 * close the consultation first: a comment must not slip into a consultation that has closed.
 */
@Extension
public final class LateReviewer implements Reviewer {

    @Override
    public Set<String> requiredSettings() {
        return Set.of(ORGANISATION, "late-ms");
    }

    @Override
    public List<ReviewComment> review(DocumentSnapshot document, PluginContext context) {
        try {
            Thread.sleep(Long.parseLong(context.settings().get("late-ms")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of(ReviewComment.general("arrived after the consultation closed"));
    }
}
