package nl.triade.registry.domain.submission;

import nl.triade.registry.domain.submission.SubmissionService.Verdict;

/** The Register's decision as a channel's submitter reported it. */
public record ReportedVerdict(Verdict verdict, String reference, String reason) {
}
