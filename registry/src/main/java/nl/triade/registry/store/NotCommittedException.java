package nl.triade.registry.store;

/**
 * A write whose own work succeeded but whose batch did not commit (its COMMIT failed, or the
 * transaction broke under a later unit): nothing of it was stored, and the caller was told nothing
 * else before. Unexpected, so it is answered {@code 500} and its cause goes to the log.
 */
public final class NotCommittedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotCommittedException(Throwable cause) {
        super("the write was not committed: " + cause.getMessage(), cause);
    }
}
