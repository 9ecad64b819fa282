package nl.triade.registry.domain.audit;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Semaphore;
import nl.triade.registry.domain.Cursor;
import nl.triade.registry.domain.ForbiddenException;
import nl.triade.registry.domain.InvalidInputException;
import nl.triade.registry.domain.Page;
import nl.triade.registry.domain.PageRequest;
import nl.triade.registry.domain.Rule;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;
import nl.triade.registry.domain.UnauthenticatedException;
import nl.triade.registry.domain.actor.Caller;

/**
 * Reading and verifying the audit log, and signing checkpoints of its head. The log itself and its
 * full verification are for administrators, who answer for the registry's integrity. A checkpoint,
 * and checking one, is for every account: a participant keeps proof of what the record held, and
 * the answer tells no more than whether the record still holds it.
 */
public final class AuditService {
    private final Transactions transactions;
    private final CheckpointKey key;
    private final TimeSource time;
    private final ChainVerifier verifier = new ChainVerifier();
    /** A walk reads the whole chain: one at a time, so verifications cannot take every core and connection. */
    private final Semaphore walks = new Semaphore(1, true);

    public AuditService(Transactions transactions, CheckpointKey key, TimeSource time) {
        this.transactions = transactions;
        this.key = key;
        this.time = time;
    }

    /** Events after {@code after} (or after the cursor's position), ascending, optionally of one document. */
    public Page<Event> list(Caller caller, long after, String document, PageRequest page) {
        requireAdministrator(caller);
        long from = page.cursor() == null ? after : Cursor.decodeNumber(page.cursor());
        List<Event> rows = transactions.read(store -> store.events().after(from, document, page.rowsToRead()));
        return page.cut(rows, event -> Long.toString(event.seq()));
    }

    public ChainVerification verify(Caller caller) {
        requireAdministrator(caller);
        return walk(null);
    }

    /**
     * Verifies the chain and that it still holds what {@code checkpoint} saw. Any account may ask;
     * a checkpoint this registry did not sign is refused, so nobody can make the record look
     * broken with a made-up one.
     */
    public ChainVerification verify(Caller caller, Checkpoint checkpoint) {
        requireAccount(caller);
        if (!key.keyId().equals(checkpoint.keyId())) {
            throw new InvalidInputException("keyId", Rule.CHECKPOINT_KEY, "this registry signs with key " + key.keyId()
                    + ", not " + checkpoint.keyId() + "; check a checkpoint of another key with that key's public half");
        }
        if (!key.signed(checkpoint)) {
            throw new InvalidInputException("signature", Rule.CHECKPOINT_SIGNATURE,
                    "the signature does not match the checkpoint: it was not signed by this registry as it stands");
        }
        return walk(checkpoint);
    }

    /** A signed statement of the current head of the chain. */
    public Checkpoint checkpoint(Caller caller) {
        requireAccount(caller);
        Event head = transactions.read(store -> store.events().last()).orElse(null);
        long seq = head == null ? 0 : head.seq();
        String hash = head == null ? Event.GENESIS_HASH : head.hash();
        return key.sign(seq, hash, time.now().truncatedTo(ChronoUnit.SECONDS));
    }

    public CheckpointKey key() {
        return key;
    }

    private ChainVerification walk(Checkpoint checkpoint) {
        walks.acquireUninterruptibly();
        try {
            return transactions.read(store -> verifier.verify(store.events(), store.storedTexts(), checkpoint));
        } finally {
            walks.release();
        }
    }

    private static void requireAccount(Caller caller) {
        if (caller == null) {
            throw new UnauthenticatedException("checkpoints are for accounts; the public key is public");
        }
    }

    private static void requireAdministrator(Caller caller) {
        if (!caller.isAdministrator()) {
            throw new ForbiddenException("only administrators read the audit log");
        }
    }
}
