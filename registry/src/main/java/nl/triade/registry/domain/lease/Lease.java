package nl.triade.registry.domain.lease;

import java.time.Instant;

/** The lease {@code name}, held by the instance {@code holder} until {@code until}. */
public record Lease(String name, String holder, Instant until) {

    /** Whether {@code instance} holds it at {@code now}. */
    public boolean heldBy(String instance, Instant now) {
        return holder.equals(instance) && now.isBefore(until);
    }
}
