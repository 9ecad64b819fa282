package nl.triade.registry.domain.submission;

import java.util.Optional;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.Store;

/** How other features read submissions inside their own transaction; who may see them is theirs to check. */
public final class SubmissionLookup {
    private SubmissionLookup() {
    }

    public static Optional<Submission> find(Store store, String id) {
        return store.submissions().find(id);
    }

    /** Submissions the Register has not decided yet, oldest first. */
    public static Page<Submission> awaitingDecision(Store store, PageRequest page) {
        return store.submissions().awaitingDecision(page);
    }
}
