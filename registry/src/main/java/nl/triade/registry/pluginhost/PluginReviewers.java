package nl.triade.registry.pluginhost;

import java.util.ArrayList;
import java.util.List;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.review.PluginComment;
import nl.triade.registry.domain.review.Reviewers;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.ReviewComment;
import nl.triade.spi.Reviewer;

/** The {@link Reviewers} port on top of the plugins: every configured {@link Reviewer}, called guarded. */
public final class PluginReviewers implements Reviewers {
    private final PluginHost host;
    private final Transactions transactions;

    public PluginReviewers(PluginHost host, Transactions transactions) {
        this.host = host;
        this.transactions = transactions;
    }

    @Override
    public List<PluginComment> review(Document document, ReviewFailures failures) {
        List<BoundExtension<Reviewer>> reviewers = host.extensions(Reviewer.class);
        if (reviewers.isEmpty()) {
            return List.of();
        }
        DocumentSnapshot snapshot = transactions.read(store -> Snapshots.of(document, PluginValidators.kinds(store, document),
                store.documents().instrumentsOf(document.id())));
        List<PluginComment> comments = new ArrayList<>();
        for (BoundExtension<Reviewer> reviewer : reviewers) {
            GuardedCalls.Outcome<List<ReviewComment>> outcome = host.call(reviewer,
                    () -> reviewer.extension().review(snapshot, reviewer.context()));
            if (outcome.failed()) {
                failures.failed(reviewer.pluginId(), "the reviewer " + outcome.failure());
                continue;
            }
            String organisation = reviewer.context().setting(Reviewer.ORGANISATION);
            List<ReviewComment> returned = outcome.value();
            for (ReviewComment comment : returned.subList(0, Math.min(returned.size(), PluginOutput.MAX_ITEMS))) {
                if (comment == null || comment.body().isBlank()) {
                    failures.failed(reviewer.pluginId(), "the reviewer returned an empty comment");
                } else {
                    comments.add(new PluginComment(reviewer.pluginId(), organisation,
                            PluginOutput.clip(comment.body(), PluginOutput.COMMENT_BODY), comment.sectionKey()));
                }
            }
            if (returned.size() > PluginOutput.MAX_ITEMS) {
                failures.failed(reviewer.pluginId(), "the reviewer returned " + returned.size() + " comments; the first "
                        + PluginOutput.MAX_ITEMS + " are posted");
            }
        }
        return comments;
    }
}
