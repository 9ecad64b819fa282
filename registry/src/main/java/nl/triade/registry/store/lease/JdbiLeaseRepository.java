package nl.triade.registry.store.lease;

import java.time.Instant;
import java.util.Optional;
import nl.triade.registry.domain.lease.Lease;
import nl.triade.registry.domain.lease.LeaseRepository;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;

/** Leases in table {@code leases}; times in fixed-width text, so SQL compares them as text on every engine. */
public final class JdbiLeaseRepository implements LeaseRepository {
    private final Handle handle;

    public JdbiLeaseRepository(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<Lease> find(String name) {
        return handle.createQuery("SELECT name, holder, held_until FROM leases WHERE name = :name")
                .bind("name", name)
                .map((row, context) -> new Lease(row.getString("name"), row.getString("holder"),
                        Timestamps.parse(row.getString("held_until"))))
                .findOne();
    }

    @Override
    public boolean claim(String name, String holder, Instant now, Instant until) {
        return handle.createUpdate("""
                        INSERT INTO leases (name, holder, held_until) VALUES (:name, :holder, :until)
                        ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, held_until = excluded.held_until
                        WHERE leases.holder = excluded.holder OR leases.held_until <= :now""")
                .bind("name", name)
                .bind("holder", holder)
                .bind("now", Timestamps.fixedWidth(now))
                .bind("until", Timestamps.fixedWidth(until))
                .execute() == 1;
    }
}
