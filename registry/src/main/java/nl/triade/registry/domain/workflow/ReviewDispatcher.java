package nl.triade.registry.domain.workflow;

import java.util.Set;
import java.util.concurrent.Executor;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.account.OrganisationDirectory;
import nl.triade.registry.domain.document.Document;
import nl.triade.registry.domain.document.DocumentView;
import nl.triade.registry.domain.review.CommentService;
import nl.triade.registry.domain.review.PluginComment;
import nl.triade.registry.domain.review.Reviewers;

/**
 * Runs the automated reviewers when a consultation opens, on the given executor, so opening a
 * consultation never waits for a plugin; their comments are then posted like any other comment.
 * The reviewers judge the document as it opened, with the participants' kinds and the instruments
 * read in the background just before they run. A reviewer configured for an organisation that
 * does not exist (yet) is not asked.
 */
public final class ReviewDispatcher implements ConsultationListener {
    private final Transactions transactions;
    private final Reviewers reviewers;
    private final CommentService comments;
    private final Executor executor;
    private final TimeSource time;

    public ReviewDispatcher(Transactions transactions, Reviewers reviewers, CommentService comments, Executor executor,
                            TimeSource time) {
        this.transactions = transactions;
        this.time = time;
        this.reviewers = reviewers;
        this.comments = comments;
        this.executor = executor;
    }

    /** The document as it opened, and which of the reviewers' organisations exist. */
    private record Reviewing(DocumentView document, Set<String> existing) {
    }

    @Override
    public void opened(Document document) {
        executor.execute(() -> {
            Reviewing reviewing = transactions.read(store -> new Reviewing(DocumentView.current(store, document, time.today()),
                    Set.copyOf(OrganisationDirectory.kindsOf(store, reviewers.organisations()).keySet())));
            for (PluginComment comment : reviewers.review(reviewing.document(), reviewing.existing(),
                    (pluginId, organisation, reason) -> comments.recordReviewFailure(document.id(), pluginId, organisation, reason))) {
                try {
                    comments.postFromPlugin(document.id(), comment);
                } catch (RuntimeException e) {
                    comments.recordReviewFailure(document.id(), comment.pluginId(), comment.organisation(),
                            "its comment was not posted: " + e.getMessage());
                }
            }
        });
    }
}
