package nl.triade.registry.domain.lease;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.triade.registry.domain.TimeSource;
import nl.triade.registry.domain.Transactions;

/**
 * This instance's leases on background work that must run on one instance at a time (the event
 * feed, the notifications, the closers and watches). A round asks {@link #hold} before it works, and
 * work that takes long asks again between its steps. A lease is renewed once less than half of it
 * is left, so as long as no single step takes half a lease, it never runs out under a working
 * holder; when the holder stops, another instance takes it over at most {@code length} later.
 */
public final class Leases {
    private final Transactions transactions;
    private final TimeSource time;
    private final String holder;
    private final Duration length;

    /** {@code holder} names this instance, {@code length} is how long a lease lasts without renewal. */
    public Leases(Transactions transactions, TimeSource time, String holder, Duration length) {
        this.transactions = transactions;
        this.time = time;
        this.holder = holder;
        this.length = length;
    }

    /**
     * Whether this instance holds the lease {@code name} now, taking or renewing it if need be. Only
     * a lease that is free, has run out or is due for renewal costs a write; the rest is one read.
     */
    public boolean hold(String name) {
        Instant now = time.now();
        Optional<Lease> current = transactions.read(store -> store.leases().find(name));
        if (current.isPresent() && !current.get().holder().equals(holder) && now.isBefore(current.get().until())) {
            return false;
        }
        if (current.isPresent() && current.get().heldBy(holder, now.plus(length.dividedBy(2)))) {
            return true;
        }
        return transactions.write(store -> store.leases().claim(name, holder, now, now.plus(length)));
    }

    /** The name of this instance, as leases (and submissions' row leases) record it. */
    public String holder() {
        return holder;
    }
}
