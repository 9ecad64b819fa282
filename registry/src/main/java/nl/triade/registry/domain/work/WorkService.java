package nl.triade.registry.domain.work;

import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.UnauthenticatedException;
import nl.triade.registry.domain.actor.Caller;
import nl.triade.registry.domain.actor.Role;

/**
 * "My work": what waits for the caller's organisation, in one read transaction. It shows only what
 * the caller reads anyway: comments and decisions of documents the organisation authors, documents
 * in consultation (open to every account) and registered editions (public).
 */
public final class WorkService {
    /** Rows per list: a page to act on, not an archive; the page says when there are more. */
    public static final int LIMIT = 50;
    private final Transactions transactions;
    private final TimeSource time;

    public WorkService(Transactions transactions, TimeSource time) {
        this.transactions = transactions;
        this.time = time;
    }

    public MyWork of(Caller caller) {
        if (caller == null) {
            throw new UnauthenticatedException("my work is a signed-in person's; authenticate");
        }
        String organisation = caller.organisation();
        boolean decides = caller.role() == Role.ORG_ADMIN;
        return transactions.read(store -> {
            WorkRepository work = store.work();
            return new MyWork(Bounded.of(work.awaitingAnswer(organisation, LIMIT + 1), LIMIT),
                    decides ? Bounded.of(work.awaitingDecision(organisation, LIMIT + 1), LIMIT) : Bounded.none(), decides,
                    Bounded.of(work.consultationsFollowed(organisation, LIMIT + 1), LIMIT),
                    Bounded.of(work.overdueTijdpaden(organisation, time.today(), LIMIT + 1), LIMIT));
        });
    }
}
