package nl.triade.registry.domain.audit;

import java.util.List;
import nl.triade.registry.domain.Cursor;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.account.Caller;

/** Reading and verifying the audit log; both are for administrators, who answer for the registry's integrity. */
public final class AuditService {
    private final Transactions transactions;
    private final ChainVerifier verifier = new ChainVerifier();

    public AuditService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Events after {@code after} (or after the cursor's position), ascending, optionally of one document. */
    public Page<Event> list(Caller caller, long after, String document, PageRequest page) {
        requireAdministrator(caller);
        long from = page.cursor() == null ? after : Cursor.decodeNumber(page.cursor());
        List<Event> rows = transactions.read(store -> store.events().after(from, document, page.limit() + 1));
        if (rows.size() <= page.limit()) {
            return new Page<>(rows, null);
        }
        List<Event> items = rows.subList(0, page.limit());
        return new Page<>(items, Cursor.encode(Long.toString(items.get(items.size() - 1).seq())));
    }

    public ChainVerification verify(Caller caller) {
        requireAdministrator(caller);
        return transactions.read(store -> verifier.verify(store.events()));
    }

    private static void requireAdministrator(Caller caller) {
        if (!caller.isAdministrator()) {
            throw new ForbiddenException("only administrators read the audit log");
        }
    }
}
