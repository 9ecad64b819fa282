package nl.triade.registry.domain.workflow;

import java.util.concurrent.Executor;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.review.CommentService;
import nl.triade.registry.domain.review.PluginComment;
import nl.triade.registry.domain.review.Reviewers;

/**
 * Runs the automated reviewers when a consultation opens, on the given executor, so opening a
 * consultation never waits for a plugin; their comments are then posted like any other comment.
 */
public final class ReviewDispatcher implements ConsultationListener {
    private final Reviewers reviewers;
    private final CommentService comments;
    private final Executor executor;

    public ReviewDispatcher(Reviewers reviewers, CommentService comments, Executor executor) {
        this.reviewers = reviewers;
        this.comments = comments;
        this.executor = executor;
    }

    @Override
    public void opened(Document document) {
        executor.execute(() -> {
            for (PluginComment comment : reviewers.review(document, (pluginId, reason) -> comments.recordReviewFailure(
                    document.id(), pluginId, reason))) {
                try {
                    comments.postFromPlugin(document.id(), comment);
                } catch (RuntimeException e) {
                    comments.recordReviewFailure(document.id(), comment.pluginId(), "its comment was not posted: " + e.getMessage());
                }
            }
        });
    }
}
