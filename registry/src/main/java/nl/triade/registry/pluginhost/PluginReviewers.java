package nl.triade.registry.pluginhost;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.triade.registry.domain.document.DocumentView;
import nl.triade.registry.domain.review.PluginComment;
import nl.triade.registry.domain.review.Reviewers;
import nl.triade.spi.DocumentSnapshot;
import nl.triade.spi.ReviewComment;
import nl.triade.spi.Reviewer;

/**
 * The {@link Reviewers} port on top of the plugins: every configured {@link Reviewer} instance,
 * called guarded; each posts for its own organisation (an instance's {@code organisation} setting is
 * its own, see {@link PluginSettings}). Its answer is read inside the guarded call too, so a list that breaks when read is the
 * plugin's failure; failures are reported only after the call, never from a plugin's thread.
 */
public final class PluginReviewers implements Reviewers {
    private final PluginHost host;

    public PluginReviewers(PluginHost host) {
        this.host = host;
    }

    /** What one reviewer's answer came to: the comments to post, and what was wrong with the rest. */
    private record Review(List<PluginComment> comments, List<String> problems) {
    }

    @Override
    public Set<String> organisations() {
        return host.organisations(Reviewer.class);
    }

    @Override
    public List<PluginComment> review(DocumentView document, Set<String> existing, ReviewFailures failures) {
        List<BoundExtension<Reviewer>> reviewers = host.extensions(Reviewer.class).stream()
                .filter(reviewer -> reviewer.organisation() == null || existing.contains(reviewer.organisation())).toList();
        if (reviewers.isEmpty()) {
            return List.of();
        }
        DocumentSnapshot snapshot = Snapshots.of(document);
        List<PluginComment> comments = new ArrayList<>();
        for (BoundExtension<Reviewer> reviewer : reviewers) {
            String organisation = reviewer.context().setting(Reviewer.ORGANISATION);
            GuardedCalls.Outcome<Review> outcome = host.call(reviewer,
                    () -> review(reviewer.pluginId(), organisation, reviewer.extension().review(snapshot, reviewer.context())));
            if (outcome.failed()) {
                failures.failed(reviewer.pluginId(), organisation, "the reviewer " + outcome.failure());
                continue;
            }
            outcome.value().problems().forEach(problem -> failures.failed(reviewer.pluginId(), organisation, problem));
            comments.addAll(outcome.value().comments());
        }
        return comments;
    }

    /** The reviewer's answer as comments, cut and clipped; null (against the contract) stays null, for the guard to report. */
    private static Review review(String pluginId, String organisation, List<ReviewComment> returned) {
        if (returned == null) {
            return null;
        }
        List<PluginComment> comments = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ReviewComment comment : returned.subList(0, Math.min(returned.size(), PluginOutput.MAX_ITEMS))) {
            if (comment == null || comment.body().isBlank()) {
                problems.add("the reviewer returned an empty comment");
            } else {
                comments.add(new PluginComment(pluginId, organisation, PluginOutput.clip(comment.body(), PluginOutput.COMMENT_BODY),
                        comment.sectionKey()));
            }
        }
        if (returned.size() > PluginOutput.MAX_ITEMS) {
            problems.add("the reviewer returned " + returned.size() + " comments; the first " + PluginOutput.MAX_ITEMS + " are posted");
        }
        return new Review(comments, problems);
    }
}
