package nl.triade.registry.domain;

import java.util.function.Function;

/**
 * The storage port: every use case runs its reads and writes through one {@link Store} inside one
 * transaction, so a change and its audit event are committed together or not at all.
 */
public interface Transactions {

    /** Runs {@code work} in a write transaction; commits when it returns, rolls back when it throws. */
    <T> T write(Function<Store, T> work);

    /** Runs {@code work} in a read-only transaction that sees one consistent snapshot. */
    <T> T read(Function<Store, T> work);
}
