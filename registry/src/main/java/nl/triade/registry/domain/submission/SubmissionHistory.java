package nl.triade.registry.domain.submission;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import nl.triade.registry.domain.Store;

/** What other features may know of a document's submissions: when it was first handed to the Register. */
public final class SubmissionHistory {
    private SubmissionHistory() {
    }

    /** The moment of the document's first submission, whatever became of it; empty when it was never submitted. */
    public static Optional<Instant> firstSubmittedAt(Store store, String documentId) {
        return store.submissions().forDocument(documentId).stream().map(Submission::createdAt).min(Comparator.naturalOrder());
    }
}
