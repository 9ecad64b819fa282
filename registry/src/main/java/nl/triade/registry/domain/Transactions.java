package nl.triade.registry.domain;

import java.util.function.Function;

/**
 * The storage port: every use case runs its reads and writes through one {@link Store} inside one
 * transaction, so a change and its audit event are committed together or not at all.
 */
public interface Transactions {

    /**
     * Runs {@code work} in a write transaction and returns its result once that is committed, perhaps
     * together with other writes that ran at the same time. When {@code work} throws, what it wrote
     * is undone, the others are not, and the exception reaches this caller. {@code work} may run on
     * another thread than the caller's, so it relies on nothing of its thread, and it changes
     * nothing outside the store: what should follow a write (a cache dropped, a worker woken) follows
     * this method's return, when the write is durable. Called from inside {@code work}, it joins
     * that transaction.
     */
    <T> T write(Function<Store, T> work);

    /** Runs {@code work} in a read-only transaction that sees one consistent snapshot. */
    <T> T read(Function<Store, T> work);
}
