package nl.triade.registry.domain.consultation;

import java.util.List;

/**
 * One page of a consultation report of document {@code documentId} titled {@code title} (as it was
 * on the revision the report is about), with the rounds it covers, whether account names are shown
 * to this reader, and the cursor of the next page (null on the last).
 */
public record ReportPage(String documentId, String title, List<RoundSummary> rounds, boolean namesShown,
                         List<ReportEntry> entries, String next) {
    public ReportPage {
        rounds = List.copyOf(rounds);
        entries = List.copyOf(entries);
    }
}
