package nl.triade.registry.domain.consultation;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.review.CommentThread;

/**
 * A whole consultation report, to be sent as it is read: its heading and then its lines, a batch of
 * {@link PageRequest#MAX_LIMIT} at a time. Where each comment sits was read once, in the transaction
 * that checked the reader's rights and read the first batch; each later batch reads only the texts
 * of its own comments, in a short transaction of its own, so a report of <i>n</i> comments costs one
 * pass over its comments and no connection is held while it is sent. The report holds the comments
 * that existed when it was opened; an answer given while it is sent shows in a batch not yet read.
 */
public final class ReportExport implements Iterator<List<ReportEntry>> {
    private static final int BATCH = PageRequest.MAX_LIMIT;
    private final Transactions transactions;
    private final String documentId;
    private final ConsultationLedger ledger;
    private final ReportPage heading;
    private final List<CommentThread> threads;
    private List<ReportEntry> firstBatch;
    private int from;

    ReportExport(Transactions transactions, ReportPage heading, ConsultationLedger ledger, List<CommentThread> threads,
                 List<ReportEntry> firstBatch) {
        this.transactions = transactions;
        this.documentId = heading.documentId();
        this.ledger = ledger;
        this.heading = heading;
        this.threads = threads;
        this.firstBatch = firstBatch;
        this.from = firstBatch.size();
    }

    /** The first {@code BATCH} threads of {@code threads}, the rest left for later batches. */
    static List<CommentThread> firstBatchOf(List<CommentThread> threads) {
        return threads.subList(0, Math.min(BATCH, threads.size()));
    }

    /** The report's document, title, rounds and whether names are shown; its {@code entries} are empty. */
    public ReportPage heading() {
        return heading;
    }

    @Override
    public boolean hasNext() {
        return firstBatch != null || from < threads.size();
    }

    @Override
    public List<ReportEntry> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the report has no more lines");
        }
        if (firstBatch != null) {
            List<ReportEntry> batch = firstBatch;
            firstBatch = null;
            return batch;
        }
        List<CommentThread> batch = threads.subList(from, Math.min(threads.size(), from + BATCH));
        from += batch.size();
        return transactions.read(store -> new ReportLines(store, documentId, ledger, heading.namesShown()).of(batch));
    }
}
