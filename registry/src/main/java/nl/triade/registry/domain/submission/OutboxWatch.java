package nl.triade.registry.domain.submission;

import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;

/**
 * How far deliveries to the Register are behind, for operators: read whenever it is asked (each scrape
 * of {@code /metrics}), so its cost is bounded: at most {@link #CAP} rows, found through the index on
 * the submissions' state. More waiting than that is reported as {@link #CAP}. It reads the database, so
 * every instance on one database reports the same figures.
 */
public final class OutboxWatch {
    public static final int CAP = 10_000;
    private final Transactions transactions;
    private final TimeSource time;

    public OutboxWatch(Transactions transactions, TimeSource time) {
        this.transactions = transactions;
        this.time = time;
    }

    public OutboxBacklog backlog() {
        return transactions.read(store -> store.submissions().backlog(CAP, time.now()));
    }
}
