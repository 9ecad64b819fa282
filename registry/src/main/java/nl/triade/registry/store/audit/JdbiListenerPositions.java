package nl.triade.registry.store.audit;

import java.util.Optional;
import nl.triade.registry.domain.audit.ListenerPositions;
import org.jdbi.v3.core.Handle;

/** Listener positions in table {@code listener_positions}, one row per listener extension. */
public final class JdbiListenerPositions implements ListenerPositions {
    private final Handle handle;

    public JdbiListenerPositions(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<Long> of(String listener) {
        return handle.createQuery("SELECT after_seq FROM listener_positions WHERE listener = :listener")
                .bind("listener", listener)
                .mapTo(Long.class)
                .findOne();
    }

    @Override
    public void set(String listener, long seq) {
        handle.createUpdate("""
                        INSERT INTO listener_positions (listener, after_seq) VALUES (:listener, :seq)
                        ON CONFLICT (listener) DO UPDATE SET after_seq = excluded.after_seq""")
                .bind("listener", listener)
                .bind("seq", seq)
                .execute();
    }
}
