package nl.triade.registry.domain.consultation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import nl.triade.registry.domain.Cursor;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.Store;
import nl.triade.registry.domain.review.CommentThread;

/**
 * Consultation reports read inside another feature's transaction, on no caller's behalf: the
 * submission package hands the Register every comment that shaped the submitted revision, with the
 * names of who wrote and answered it ({@link #leadingTo}). Reports on a caller's behalf, with their
 * read rights, are {@link ConsultationReportService}'s.
 */
public final class ConsultationReports {
    /** Lines read per query when a whole report is built: the texts of one batch at a time. */
    private static final int BATCH = PageRequest.MAX_LIMIT;

    private ConsultationReports() {
    }

    /** The document's consultation rounds, oldest first. */
    public static List<ConsultationRound> rounds(Store store, String documentId) {
        return ConsultationHistory.of(store, documentId);
    }

    /**
     * The whole report of every thread that shaped {@code revision} (see {@link ReportScope.LeadingTo}),
     * with account names, rounds in order and the comments outside them last.
     */
    public static ReportPage leadingTo(Store store, String documentId, int revision) {
        ConsultationLedger ledger = ConsultationLedger.read(store, documentId);
        ReportLines lines = new ReportLines(store, documentId, ledger, true);
        List<CommentThread> threads = ledger.threadsOf(new ReportScope.LeadingTo(revision));
        List<ReportEntry> entries = new ArrayList<>(threads.size());
        for (int from = 0; from < threads.size(); from += BATCH) {
            entries.addAll(lines.of(threads.subList(from, Math.min(threads.size(), from + BATCH))));
        }
        List<RoundSummary> rounds = ledger.rounds().stream()
                .filter(round -> threads.stream().anyMatch(thread -> round.holds(thread.rootRevision())))
                .map(round -> ledger.summary(round, thread -> true)).toList();
        return new ReportPage(documentId, lines.titleOn(revision), rounds, true, entries, null);
    }

    /**
     * One page of {@code threads}: those after the cursor's comment, at most the page's limit. The
     * cursor names the last comment of the previous page, so a page boundary holds while comments
     * are added to other threads.
     */
    static Page<ReportEntry> page(List<CommentThread> threads, PageRequest page, ReportLines lines) {
        int start = 0;
        if (page.cursor() != null) {
            long after = Cursor.decodeNumber(page.cursor());
            start = indexOf(threads, thread -> thread.seq() == after) + 1;
        }
        List<CommentThread> rows = threads.subList(start, Math.min(threads.size(), start + page.rowsToRead()));
        Page<CommentThread> cut = page.cut(rows, thread -> Long.toString(thread.seq()));
        return new Page<>(lines.of(cut.items()), cut.next());
    }

    private static int indexOf(List<CommentThread> threads, Predicate<CommentThread> match) {
        for (int index = 0; index < threads.size(); index++) {
            if (match.test(threads.get(index))) {
                return index;
            }
        }
        throw new InvalidInputException("cursor", Rule.FORMAT, "cursor names no comment of this report; start again without it");
    }
}
