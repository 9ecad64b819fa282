package nl.triade.registry.domain.lease;

import java.time.Instant;
import java.util.Optional;

/** The leases on background work, one row per name. */
public interface LeaseRepository {

    /** Who holds the lease {@code name}, and until when; empty if it was never taken. */
    Optional<Lease> find(String name);

    /**
     * Takes the lease {@code name} for {@code holder} until {@code until}, if it is free, ran out at
     * {@code now} or is the holder's own; whether it did. Writers are serialised, so the check and the
     * change are one step on every engine.
     */
    boolean claim(String name, String holder, Instant now, Instant until);
}
