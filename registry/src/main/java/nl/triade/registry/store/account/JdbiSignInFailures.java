package nl.triade.registry.store.account;

import java.time.Instant;
import java.util.Optional;
import nl.triade.registry.domain.account.SignInFailures;
import nl.triade.registry.store.Timestamps;
import org.jdbi.v3.core.Handle;

/** Failed sign-ins per hashed key in table {@code sign_in_failures}; times in fixed width, so the sweep compares them as text. */
public final class JdbiSignInFailures implements SignInFailures {
    private final Handle handle;

    public JdbiSignInFailures(Handle handle) {
        this.handle = handle;
    }

    @Override
    public Optional<FailureCount> find(String key) {
        return handle.createQuery("SELECT * FROM sign_in_failures WHERE key = :key")
                .bind("key", key)
                .map((row, context) -> new FailureCount(row.getInt("failures"), Timestamps.parse(row.getString("since")),
                        Timestamps.parse(row.getString("locked_until"))))
                .findOne();
    }

    @Override
    public void put(String key, FailureCount count) {
        handle.createUpdate("""
                        INSERT INTO sign_in_failures (key, failures, since, locked_until)
                        VALUES (:key, :failures, :since, :lockedUntil)
                        ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, since = excluded.since,
                            locked_until = excluded.locked_until""")
                .bind("key", key)
                .bind("failures", count.failures())
                .bind("since", Timestamps.fixedWidth(count.since()))
                .bind("lockedUntil", Timestamps.fixedWidth(count.lockedUntil()))
                .execute();
    }

    @Override
    public void deleteStale(Instant before) {
        handle.createUpdate("DELETE FROM sign_in_failures WHERE since < :before AND (locked_until IS NULL OR locked_until < :before)")
                .bind("before", Timestamps.fixedWidth(before))
                .execute();
    }

    @Override
    public void delete(String key) {
        handle.createUpdate("DELETE FROM sign_in_failures WHERE key = :key").bind("key", key).execute();
    }
}
