package nl.triade.plugins.misbehaving;

import java.util.List;
import java.util.Set;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.PluginContext;
import nl.triade.spi.ReviewComment;
import nl.triade.spi.Reviewer;
import org.pf4j.Extension;

/** Answers in time with a list of comments that breaks when read; only called when setting {@code brittle} is set. */
@Extension
public final class BrittleReviewer implements Reviewer {

    @Override
    public Set<String> requiredSettings() {
        return Set.of(ORGANISATION, "brittle");
    }

    @Override
    public List<ReviewComment> review(DocumentSnapshot document, PluginContext context) {
        return new BrittleList<>();
    }
}
