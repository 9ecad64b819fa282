package nl.triade.registry.web.work;

import java.time.Instant;
import java.util.List;

/** The page of submissions awaiting the Register: one row per submission, oldest first, and the links to page on. */
public record AssessmentList(List<Row> rows, String firstUrl, String nextUrl) {

    /** A submission: its document's title (its id when the list of submitted documents does not hold it) and state. */
    public record Row(String submissionId, String documentId, String title, Instant submittedAt, String state) {
    }
}
